package dev.pyrite.runtime.launcher;

/** The launcher cannot run the command; the message is printed as {@code pyrite: <message>}. */
final class LaunchException extends Exception {
  private static final long serialVersionUID = 1L;

  LaunchException(String message) {
    super(message);
  }

  LaunchException(String message, Throwable cause) {
    super(message, cause);
  }
}

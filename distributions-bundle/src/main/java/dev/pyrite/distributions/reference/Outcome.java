package dev.pyrite.distributions.reference;

/**
 * The verdict on one quantity of one reference case.
 *
 * <pre>{@code
 * for (Outcome o : report.failures()) {
 *   System.out.println(o.id() + " " + o.quantity() + ": " + o.detail());
 * }
 * }</pre>
 *
 * @param id the case id, e.g. {@code "Normal/2"}
 * @param quantity the quantity, e.g. {@code "log_prob"} or {@code "kl"}
 * @param passed whether Pyrite's value is within tolerance
 * @param expected the reference value as text ({@code shape [values]})
 * @param actual Pyrite's value as text, or the error that prevented computing it
 * @param detail where it differs most, or why it could not be computed; empty when passed
 */
public record Outcome(
    String id, String quantity, boolean passed, String expected, String actual, String detail) {}

package dev.pyrite.svi;

import static dev.pyrite.Pyrite.module;
import static dev.pyrite.Pyrite.plate;
import static dev.pyrite.Pyrite.sample;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.Block;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.core.Linear;
import ai.djl.training.ParameterStore;
import dev.pyrite.Backend;
import dev.pyrite.ParamStore;
import dev.pyrite.Plate;
import dev.pyrite.distributions.Bernoulli;
import dev.pyrite.distributions.Normal;
import dev.pyrite.optim.Adam;
import dev.pyrite.spi.Model;
import dev.pyrite.testkit.Engines;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The seed's VAE in miniature: encoder and decoder are DJL MLPs registered with {@code module},
 * {@code z ~ Normal(0, 1)} (10 dims) per image in a plate over the batch, a Bernoulli likelihood
 * over 784 binarised Fashion-MNIST pixels; SVI on 512 images.
 */
@Tag("slow")
class MiniVaeTest {
  static final int IMAGES = 512;
  static final int LATENT = 10;
  static final int HIDDEN = 128;
  static final int STEPS = 300;

  @TempDir Path tmp;

  /** A fresh encoder and decoder with random initial weights. */
  record Vae(Block encoder, Block decoder) {
    static Vae create() {
      Block encoder = mlp(FashionMnist.PIXELS, 2 * LATENT);
      Block decoder = mlp(LATENT, FashionMnist.PIXELS);
      return new Vae(encoder, decoder);
    }

    private static Block mlp(int inputs, int outputs) {
      SequentialBlock b =
          new SequentialBlock()
              .add(Linear.builder().setUnits(HIDDEN).build())
              .add(Activation::softPlus)
              .add(Linear.builder().setUnits(outputs).build());
      b.initialize(Backend.manager(), DataType.FLOAT32, new Shape(1, inputs));
      return b;
    }

    Model<NDArray> model() {
      return x -> {
        ParameterStore params = module("decoder", decoder);
        try (Plate batch = plate("batch", x.size(0))) {
          NDArray prior = x.getManager().zeros(new Shape(x.size(0), LATENT));
          NDArray z = sample("z", new Normal(prior, prior.onesLike()).toEvent(1));
          NDArray logits = decoder.forward(params, new NDList(z), true).singletonOrThrow();
          sample("x", Bernoulli.withLogits(logits).toEvent(1), x);
        }
      };
    }

    Model<NDArray> guide() {
      return x -> {
        ParameterStore params = module("encoder", encoder);
        try (Plate batch = plate("batch", x.size(0))) {
          NDArray h = encoder.forward(params, new NDList(x), true).singletonOrThrow();
          NDArray loc = h.get(":, :" + LATENT);
          NDArray scale = h.get(":, " + LATENT + ":").exp();
          sample("z", new Normal(loc, scale).toEvent(1));
        }
      };
    }

    SVI<NDArray> svi() {
      return new SVI<>(model(), guide(), new Adam(0.005), new TraceElbo());
    }
  }

  @ParameterizedTest
  @MethodSource("dev.pyrite.testkit.Engines#all")
  void elboImprovesAndTheParamsSaveAndLoad(String engine) {
    Engines.use(engine, 0);
    NDArray x = FashionMnist.binarised(Backend.manager(), IMAGES);
    ParamStore store = new ParamStore();
    try (ParamStore.Use u = ParamStore.use(store)) {
      Vae vae = Vae.create();
      SVI<NDArray> svi = vae.svi();
      double before = meanLoss(svi, x);
      Map<String, float[]> initial = snapshot(store);
      int live = 0;
      for (int i = 0; i < STEPS; i++) {
        svi.step(x);
        if (i == 9) {
          live = Backend.liveArrays();
        }
      }
      assertEquals(live, Backend.liveArrays(), "live arrays after step 10 and after the last");
      double after = meanLoss(svi, x);
      System.out.printf(
          "mini VAE %s: -ELBO per image %.1f before, %.1f after %d steps%n",
          engine, before / IMAGES, after / IMAGES, STEPS);
      assertTrue(after < 0.75 * before, "-ELBO " + before + " -> " + after);
      assertEquals(8, initial.size());
      for (Map.Entry<String, float[]> e : initial.entrySet()) {
        assertFalse(
            Arrays.equals(e.getValue(), store.constrained(e.getKey()).toFloatArray()),
            e.getKey() + " was trained");
      }
      store.save(tmp.resolve("vae"));
      Backend.seed(7);
      double trained = svi.evaluateLoss(x);
      NDArray recon = reconstruction(vae, x);

      ParamStore loaded = ParamStore.load(tmp.resolve("vae"));
      try (ParamStore.Use v = ParamStore.use(loaded)) {
        Vae fresh = Vae.create();
        Backend.seed(7);
        assertEquals(trained, fresh.svi().evaluateLoss(x), 0.0, "same draws, same params");
        assertArrayEquals(recon.toByteArray(), reconstruction(fresh, x).toByteArray());
      } finally {
        loaded.clear();
      }
    } finally {
      store.clear();
    }
  }

  /** The decoder's logits at the encoder's mean, with the current store's params. */
  private static NDArray reconstruction(Vae vae, NDArray x) {
    NDArray h =
        vae.encoder().forward(module("encoder", vae.encoder()), new NDList(x), false).head();
    NDArray loc = h.get(":, :" + LATENT);
    return vae.decoder()
        .forward(module("decoder", vae.decoder()), new NDList(loc), false)
        .singletonOrThrow();
  }

  private static double meanLoss(SVI<NDArray> svi, NDArray x) {
    double sum = 0;
    for (int i = 0; i < 5; i++) {
      sum += svi.evaluateLoss(x);
    }
    return sum / 5;
  }

  private static Map<String, float[]> snapshot(ParamStore store) {
    Map<String, float[]> out = new LinkedHashMap<>();
    for (String name : store.names()) {
      out.put(name, store.constrained(name).toFloatArray());
    }
    return out;
  }
}

package dev.pyrite.mcmc.internal;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import dev.pyrite.Scope;
import dev.pyrite.mcmc.DrawStatistics;

/**
 * One iterative NUTS transition for a batch of chains in lock step (multinomial sampling, the
 * generalised U-turn criterion; Hoffman and Gelman 2014, Betancourt 2017, NumPyro's iterative tree
 * building). Each doubling picks a direction per chain and grows a subtree of {@code 2^depth}
 * leaves from that end of the tree; every leaf is one batched gradient evaluation over all chains.
 * A chain whose subtree diverged or turned, or whose tree is complete, is masked: its frontier
 * stops moving and its results are not merged. The per-chain stop decisions are read back once per
 * doubling, plus whether any chain is still active after 1, 2, 4, ... leaves of a subtree (so a
 * subtree that every chain has abandoned ends early); the statistics once per transition.
 *
 * <pre>{@code
 * NutsTree tree = new NutsTree(leapfrog, mass, 10);
 * NutsTree.Result res = tree.transition(z, u, grad, stepColumn);
 * }</pre>
 */
public final class NutsTree {
  private static final double NEG_LARGE = -1e30;
  private final Leapfrog leapfrog;
  private final MassMatrix mass;
  private final int maxDepth;
  private ArrayPool pool;
  private NDArray h0;
  private NDArray inf;
  // tree: ends, proposal, weights
  private NDArray lz;
  private NDArray lr;
  private NDArray lv;
  private NDArray lg;
  private NDArray rz;
  private NDArray rr;
  private NDArray rv;
  private NDArray rg;
  private NDArray pz;
  private NDArray pu;
  private NDArray pg;
  private NDArray ph;
  private NDArray logW;
  private NDArray rho;
  private NDArray diverging;
  private NDArray sumAccept;
  private NDArray numSteps;
  private NDArray done;
  // subtree
  private NDArray fz;
  private NDArray fr;
  private NDArray fv;
  private NDArray fg;
  private NDArray sLogW;
  private NDArray sRho;
  private NDArray spz;
  private NDArray spu;
  private NDArray spg;
  private NDArray sph;
  private NDArray active;
  private NDArray[] ckR;
  private NDArray[] ckV;
  private NDArray[] ckRho;

  /**
   * Creates the tree builder.
   *
   * @param leapfrog the integrator
   * @param mass the mass matrix
   * @param maxDepth the maximum tree depth
   */
  public NutsTree(Leapfrog leapfrog, MassMatrix mass, int maxDepth) {
    this.leapfrog = leapfrog;
    this.mass = mass;
    this.maxDepth = maxDepth;
  }

  /**
   * The outcome of a transition: the new state (in the caller's scope) and its statistics.
   *
   * @param position new positions {@code (chains, dim)}
   * @param potentialEnergy their potential energies
   * @param gradient their gradients
   * @param acceptProb the acceptance statistic per chain (device copy of the statistics')
   * @param divergingMask whether each chain diverged (boolean)
   * @param statistics the per-chain statistics read back
   */
  public record Result(
      NDArray position,
      NDArray potentialEnergy,
      NDArray gradient,
      NDArray acceptProb,
      NDArray divergingMask,
      DrawStatistics statistics) {}

  /**
   * Runs one transition from the given state. The inputs are left alone.
   *
   * @param z positions {@code (chains, dim)}
   * @param u potential energies {@code (chains)}
   * @param g gradients {@code (chains, dim)}
   * @param step step sizes {@code (chains, 1)}
   * @return the result
   */
  public Result transition(NDArray z, NDArray u, NDArray g, NDArray step) {
    int chains = (int) z.getShape().get(0);
    int[] depth = new int[chains];
    boolean[] stopped = new boolean[chains];
    pool = new ArrayPool();
    ckR = new NDArray[maxDepth + 1];
    ckV = new NDArray[maxDepth + 1];
    ckRho = new NDArray[maxDepth + 1];
    try {
      pool.foreign(z, u, g);
      start(z, u, g);
      for (int d = 0; d < maxDepth; d++) {
        for (int c = 0; c < chains; c++) {
          depth[c] += stopped[c] ? 0 : 1;
        }
        stopped = doubling(d, step);
        if (allTrue(stopped)) {
          break;
        }
      }
      return finish(depth);
    } finally {
      pool.close();
      pool = null;
    }
  }

  private void start(NDArray z, NDArray u, NDArray g) {
    try (Scope s = Scope.open()) {
      NDArray r0 = s.keep(mass.sampleMomentum());
      NDArray v0 = s.keep(mass.velocity(r0));
      NDArray h = s.keep(u.add(MassMatrix.kineticEnergy(r0, v0)));
      h0 = pool.hold(h);
      inf = pool.hold(s.keep(u.onesLike().mul(Double.POSITIVE_INFINITY)));
      lz = pool.hold(z);
      rz = pool.hold(z);
      pz = pool.hold(z);
      lg = pool.hold(g);
      rg = pool.hold(g);
      pg = pool.hold(g);
      pu = pool.hold(u);
      lr = pool.hold(r0);
      rr = pool.hold(r0);
      rho = pool.hold(r0);
      lv = pool.hold(v0);
      rv = pool.hold(v0);
      ph = pool.hold(h);
      logW = pool.hold(s.keep(u.zerosLike()));
      sumAccept = pool.hold(s.keep(u.zerosLike()));
      numSteps = pool.hold(s.keep(u.zerosLike()));
      diverging = pool.hold(s.keep(u.lt(Double.NEGATIVE_INFINITY)));
      done = pool.hold(s.keep(u.lt(Double.NEGATIVE_INFINITY)));
    }
  }

  private boolean[] doubling(int d, NDArray step) {
    NDArray forward;
    try (Scope s = Scope.open()) {
      forward = pu.getManager().randomUniform(0f, 1f, pu.getShape(), pu.getDataType()).lt(0.5);
      NDArray wide = Masks.rows(forward, lz.getShape());
      fz = pool.swap(fz, s.keep(NDArrays.where(wide, rz, lz)));
      fr = pool.swap(fr, s.keep(NDArrays.where(wide, rr, lr)));
      fv = pool.swap(fv, s.keep(NDArrays.where(wide, rv, lv)));
      fg = pool.swap(fg, s.keep(NDArrays.where(wide, rg, lg)));
      NDArray signed = NDArrays.where(Masks.rows(forward, step.getShape()), step, step.neg());
      active = pool.swap(active, s.keep(done.logicalNot()));
      sLogW = pool.swap(sLogW, s.keep(pu.onesLike().mul(NEG_LARGE)));
      sRho = pool.swap(sRho, s.keep(lz.zerosLike()));
      spz = pool.swap(spz, fz);
      spg = pool.swap(spg, fg);
      spu = pool.swap(spu, pu);
      sph = pool.swap(sph, ph);
      long leaves = 1L << d;
      for (long n = 0; n < leaves; n++) {
        leaf(n, signed);
        if (completesSubtree(n, leaves) && !active.any().getBoolean()) {
          break; // every chain's subtree has turned or diverged: the other leaves would be wasted
        }
      }
      merge(forward);
    }
    for (int i = 0; i < ckR.length; i++) {
      pool.drop(ckR[i]);
      pool.drop(ckV[i]);
      pool.drop(ckRho[i]);
      ckR[i] = null;
      ckV[i] = null;
      ckRho[i] = null;
    }
    return done.toBooleanArray();
  }

  /**
   * Whether leaf {@code n} closes a sub-subtree of {@code 1, 2, 4, ...} leaves short of the whole
   * subtree: there the chains' activity is read back (at most {@code depth} times per doubling, not
   * per leaf) so that a subtree every chain has abandoned ends early, as a single chain's would.
   */
  private static boolean completesSubtree(long n, long leaves) {
    long done = n + 1;
    return done < leaves && (done & (done - 1)) == 0;
  }

  private void leaf(long n, NDArray step) {
    try (Scope s = Scope.open()) {
      PhasePoint q = leapfrog.step(fz, fr, fg, step);
      NDArray v = mass.velocity(q.momentum());
      NDArray h = q.potentialEnergy().add(MassMatrix.kineticEnergy(q.momentum(), v));
      NDArray raw = h.sub(h0);
      NDArray delta = NDArrays.where(raw.isNaN(), inf, raw);
      NDArray leafDiv = delta.gt(Metropolis.MAX_ENERGY_ERROR);
      NDArray leafLogW = delta.neg();
      NDArray activeF = active.toType(delta.getDataType(), false);
      NDArray accept = leafLogW.minimum(0.0).exp();
      sumAccept = pool.swap(sumAccept, s.keep(sumAccept.add(accept.mul(activeF))));
      numSteps = pool.swap(numSteps, s.keep(numSteps.add(activeF)));
      diverging = pool.swap(diverging, s.keep(diverging.logicalOr(leafDiv.logicalAnd(active))));
      NDArray newLogW = logAddExp(sLogW, leafLogW);
      NDArray uni = delta.getManager().randomUniform(0f, 1f, delta.getShape(), delta.getDataType());
      NDArray take = uni.lt(leafLogW.sub(newLogW).exp());
      NDArray takeWide = Masks.rows(take, fz.getShape());
      spz = pool.swap(spz, s.keep(NDArrays.where(takeWide, q.position(), spz)));
      spg = pool.swap(spg, s.keep(NDArrays.where(takeWide, q.gradient(), spg)));
      spu = pool.swap(spu, s.keep(NDArrays.where(take, q.potentialEnergy(), spu)));
      sph = pool.swap(sph, s.keep(NDArrays.where(take, h, sph)));
      sLogW = pool.swap(sLogW, s.keep(newLogW));
      NDArray r = s.keep(q.momentum());
      NDArray vk = s.keep(v);
      sRho = pool.swap(sRho, s.keep(sRho.add(r)));
      NDArray stop = leafDiv.logicalOr(turningAt(n, r, vk));
      NDArray stillActive = active.logicalAnd(stop.logicalNot());
      NDArray wide = Masks.rows(stillActive, fz.getShape());
      fz = pool.swap(fz, s.keep(NDArrays.where(wide, q.position(), fz)));
      fg = pool.swap(fg, s.keep(NDArrays.where(wide, q.gradient(), fg)));
      fr = pool.swap(fr, r);
      fv = pool.swap(fv, vk);
      active = pool.swap(active, s.keep(stillActive));
    }
  }

  private NDArray turningAt(long n, NDArray r, NDArray v) {
    int idxMax = Long.bitCount(n >> 1);
    if (n % 2 == 0) {
      ckR[idxMax] = pool.swap(ckR[idxMax], r);
      ckV[idxMax] = pool.swap(ckV[idxMax], v);
      ckRho[idxMax] = pool.swap(ckRho[idxMax], sRho);
      return r.getManager().zeros(new Shape(r.getShape().get(0)), DataType.BOOLEAN);
    }
    int trailing = Long.numberOfTrailingZeros(~n);
    int idxMin = idxMax - trailing + 1;
    NDArray turning = null;
    for (int i = idxMax; i >= idxMin; i--) {
      NDArray subRho = sRho.sub(ckRho[i]).add(ckR[i]);
      NDArray t = UTurn.turning(ckV[i], v, ckR[i], r, subRho);
      turning = turning == null ? t : turning.logicalOr(t);
    }
    return turning;
  }

  private void merge(NDArray forward) {
    try (Scope s = Scope.open()) {
      NDArray ok = active;
      NDArray uni = pu.getManager().randomUniform(0f, 1f, pu.getShape(), pu.getDataType());
      NDArray take = ok.logicalAnd(uni.lt(sLogW.sub(logW).minimum(0.0).exp()));
      NDArray takeWide = Masks.rows(take, pz.getShape());
      pz = pool.swap(pz, s.keep(NDArrays.where(takeWide, spz, pz)));
      pg = pool.swap(pg, s.keep(NDArrays.where(takeWide, spg, pg)));
      pu = pool.swap(pu, s.keep(NDArrays.where(take, spu, pu)));
      ph = pool.swap(ph, s.keep(NDArrays.where(take, sph, ph)));
      logW = pool.swap(logW, s.keep(NDArrays.where(ok, logAddExp(logW, sLogW), logW)));
      NDArray okWide = Masks.rows(ok, rho.getShape());
      rho = pool.swap(rho, s.keep(NDArrays.where(okWide, rho.add(sRho), rho)));
      NDArray right = Masks.rows(ok.logicalAnd(forward), rho.getShape());
      NDArray left = Masks.rows(ok.logicalAnd(forward.logicalNot()), rho.getShape());
      rz = pool.swap(rz, s.keep(NDArrays.where(right, fz, rz)));
      rr = pool.swap(rr, s.keep(NDArrays.where(right, fr, rr)));
      rv = pool.swap(rv, s.keep(NDArrays.where(right, fv, rv)));
      rg = pool.swap(rg, s.keep(NDArrays.where(right, fg, rg)));
      lz = pool.swap(lz, s.keep(NDArrays.where(left, fz, lz)));
      lr = pool.swap(lr, s.keep(NDArrays.where(left, fr, lr)));
      lv = pool.swap(lv, s.keep(NDArrays.where(left, fv, lv)));
      lg = pool.swap(lg, s.keep(NDArrays.where(left, fg, lg)));
      NDArray turning = UTurn.turning(lv, rv, lr, rr, rho);
      NDArray stop = done.logicalOr(ok.logicalNot()).logicalOr(turning);
      done = pool.swap(done, s.keep(stop));
    }
  }

  private static NDArray logAddExp(NDArray a, NDArray b) {
    NDArray m = a.maximum(b);
    return m.add(a.sub(m).exp().add(b.sub(m).exp()).log());
  }

  private Result finish(int[] depth) {
    Result out;
    try (Scope s = Scope.open()) {
      NDArray accept = sumAccept.div(numSteps.maximum(1.0));
      NDArray stats =
          NDArrays.stack(
              new NDList(accept, numSteps, diverging.toType(accept.getDataType(), false), ph));
      double[] v = stats.toType(DataType.FLOAT64, false).toDoubleArray();
      int chains = depth.length;
      int[] steps = new int[chains];
      boolean[] div = new boolean[chains];
      double[] energy = new double[chains];
      double[] acc = new double[chains];
      for (int c = 0; c < chains; c++) {
        acc[c] = v[c];
        steps[c] = (int) v[chains + c];
        div[c] = v[2 * chains + c] > 0.5;
        energy[c] = v[3 * chains + c];
      }
      DrawStatistics st = new DrawStatistics(depth, steps, div, energy, acc);
      NDArray z = s.keep(pz.duplicate());
      NDArray u = s.keep(pu.duplicate());
      NDArray g = s.keep(pg.duplicate());
      NDArray a = s.keep(accept);
      NDArray dv = s.keep(diverging.duplicate());
      out = new Result(z, u, g, a, dv, st);
    }
    Ownership.adopt(
        out.position(),
        out.potentialEnergy(),
        out.gradient(),
        out.acceptProb(),
        out.divergingMask());
    return out;
  }

  private static boolean allTrue(boolean[] b) {
    for (boolean x : b) {
      if (!x) {
        return false;
      }
    }
    return true;
  }
}

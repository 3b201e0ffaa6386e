package dev.pyrite.distributions.internal;

import aQute.bnd.annotation.spi.ServiceProvider;
import ai.djl.ndarray.NDArray;
import dev.pyrite.TensorOps;
import dev.pyrite.distributions.Bernoulli;
import dev.pyrite.distributions.Beta;
import dev.pyrite.distributions.Categorical;
import dev.pyrite.distributions.Exponential;
import dev.pyrite.distributions.Gamma;
import dev.pyrite.distributions.Independent;
import dev.pyrite.distributions.Laplace;
import dev.pyrite.distributions.MaskedDistribution;
import dev.pyrite.distributions.Normal;
import dev.pyrite.distributions.Poisson;
import dev.pyrite.distributions.Uniform;
import dev.pyrite.distributions.kl.KL;
import dev.pyrite.distributions.kl.KlProvider;
import dev.pyrite.distributions.kl.KlRule;
import dev.pyrite.spi.Distribution;
import java.util.List;

/**
 * torch's analytic KL divergences of the univariate families, and the wrapper rules: {@code
 * Independent || Independent} sums the base divergence over the reinterpreted dims, a {@code
 * MaskedDistribution} on either side zeroes the masked entries.
 */
@ServiceProvider(value = KlProvider.class, attribute = "pyrite.name=univariate")
public final class UnivariateKlRules implements KlProvider {
  @Override
  public String name() {
    return "univariate";
  }

  @Override
  public String description() {
    return "KL pairs of Normal, Gamma, Beta, Bernoulli, Categorical, Exponential, Poisson,"
        + " Laplace, Uniform, and the Independent and Masked wrappers";
  }

  @Override
  public List<KlRule<?, ?>> rules() {
    return List.of(
        KlRule.of(Normal.class, Normal.class, UnivariateKlRules::normal),
        KlRule.of(Gamma.class, Gamma.class, UnivariateKlRules::gamma),
        KlRule.of(Beta.class, Beta.class, UnivariateKlRules::beta),
        KlRule.of(Bernoulli.class, Bernoulli.class, UnivariateKlRules::bernoulli),
        KlRule.of(Categorical.class, Categorical.class, UnivariateKlRules::categorical),
        KlRule.of(Exponential.class, Exponential.class, UnivariateKlRules::exponential),
        KlRule.of(Poisson.class, Poisson.class, UnivariateKlRules::poisson),
        KlRule.of(Laplace.class, Laplace.class, UnivariateKlRules::laplace),
        KlRule.of(Uniform.class, Uniform.class, UnivariateKlRules::uniform),
        KlRule.of(Independent.class, Independent.class, UnivariateKlRules::independent),
        KlRule.of(MaskedDistribution.class, Distribution.class, UnivariateKlRules::maskedFirst),
        KlRule.of(Distribution.class, MaskedDistribution.class, UnivariateKlRules::maskedSecond));
  }

  private static NDArray normal(Normal p, Normal q) {
    NDArray varRatio = p.scale().div(q.scale()).square();
    NDArray t1 = p.loc().sub(q.loc()).div(q.scale()).square();
    return varRatio.add(t1).sub(1).sub(varRatio.log()).mul(0.5);
  }

  private static NDArray gamma(Gamma p, Gamma q) {
    NDArray t1 = q.concentration().mul(p.rate().div(q.rate()).log());
    NDArray t2 = q.concentration().gammaln().sub(p.concentration().gammaln());
    NDArray t3 = p.concentration().sub(q.concentration()).mul(TensorOps.digamma(p.concentration()));
    NDArray t4 = q.rate().sub(p.rate()).mul(p.concentration().div(p.rate()));
    return t1.add(t2).add(t3).add(t4);
  }

  private static NDArray beta(Beta p, Beta q) {
    NDArray pa = p.concentration1();
    NDArray pb = p.concentration0();
    NDArray qa = q.concentration1();
    NDArray qb = q.concentration0();
    NDArray sumP = pa.add(pb);
    NDArray sumQ = qa.add(qb);
    NDArray t1 = qa.gammaln().add(qb.gammaln()).add(sumP.gammaln());
    NDArray t2 = pa.gammaln().add(pb.gammaln()).add(sumQ.gammaln());
    NDArray t3 = pa.sub(qa).mul(TensorOps.digamma(pa));
    NDArray t4 = pb.sub(qb).mul(TensorOps.digamma(pb));
    NDArray t5 = sumQ.sub(sumP).mul(TensorOps.digamma(sumP));
    return t1.sub(t2).add(t3).add(t4).add(t5);
  }

  private static NDArray bernoulli(Bernoulli p, Bernoulli q) {
    NDArray pp = p.probs();
    NDArray qp = q.probs();
    NDArray pl = p.logits();
    NDArray ql = q.logits();
    NDArray t1 = pp.mul(TensorOps.softplus(ql.neg()).sub(TensorOps.softplus(pl.neg())));
    t1 = Ops.where(qp.eq(0), Ops.full(t1, t1.getShape(), Double.POSITIVE_INFINITY), t1);
    t1 = Ops.where(pp.eq(0), t1.zerosLike(), t1);
    NDArray t2 = pp.neg().add(1).mul(TensorOps.softplus(ql).sub(TensorOps.softplus(pl)));
    t2 = Ops.where(qp.eq(1), Ops.full(t2, t2.getShape(), Double.POSITIVE_INFINITY), t2);
    t2 = Ops.where(pp.eq(1), t2.zerosLike(), t2);
    return t1.add(t2);
  }

  private static NDArray categorical(Categorical p, Categorical q) {
    NDArray pp = p.probs();
    NDArray t = pp.mul(p.logits().sub(q.logits()));
    t = Ops.where(q.probs().eq(0), Ops.full(t, t.getShape(), Double.POSITIVE_INFINITY), t);
    t = Ops.where(pp.eq(0), t.zerosLike(), t);
    return t.sum(new int[] {-1});
  }

  private static NDArray exponential(Exponential p, Exponential q) {
    NDArray ratio = q.rate().div(p.rate());
    return ratio.log().neg().add(ratio).sub(1);
  }

  private static NDArray poisson(Poisson p, Poisson q) {
    return p.rate().mul(p.rate().log().sub(q.rate().log())).sub(p.rate().sub(q.rate()));
  }

  private static NDArray laplace(Laplace p, Laplace q) {
    NDArray scaleRatio = p.scale().div(q.scale());
    NDArray locDiff = p.loc().sub(q.loc()).abs();
    NDArray t1 = scaleRatio.log().neg();
    NDArray t2 = locDiff.div(q.scale());
    NDArray t3 = scaleRatio.mul(locDiff.div(p.scale()).neg().exp());
    return t1.add(t2).add(t3).sub(1);
  }

  private static NDArray uniform(Uniform p, Uniform q) {
    NDArray result = q.high().sub(q.low()).div(p.high().sub(p.low())).log();
    NDArray outside = q.low().gt(p.low()).logicalOr(q.high().lt(p.high()));
    return Ops.where(
        outside, Ops.full(result, result.getShape(), Double.POSITIVE_INFINITY), result);
  }

  private static NDArray independent(Independent p, Independent q) {
    if (p.reinterpretedBatchNdims() != q.reinterpretedBatchNdims()) {
      throw new UnsupportedOperationException(
          "KL: Independent distributions with "
              + p.reinterpretedBatchNdims()
              + " and "
              + q.reinterpretedBatchNdims()
              + " reinterpreted batch dims; both must reinterpret the same number of dims");
    }
    return TensorOps.sumRightmost(KL.divergence(p.base(), q.base()), p.reinterpretedBatchNdims());
  }

  private static NDArray maskedFirst(MaskedDistribution p, Distribution q) {
    NDArray kl = KL.divergence(p.base(), q);
    return Ops.where(p.mask(), kl, 0.0);
  }

  private static NDArray maskedSecond(Distribution p, MaskedDistribution q) {
    NDArray kl = KL.divergence(p, q.base());
    return Ops.where(q.mask(), kl, 0.0);
  }
}

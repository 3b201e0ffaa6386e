package dev.pyrite.distributions.internal;

import aQute.bnd.annotation.spi.ServiceProvider;
import ai.djl.ndarray.NDArray;
import dev.pyrite.TensorOps;
import dev.pyrite.distributions.Dirichlet;
import dev.pyrite.distributions.LowRankMultivariateNormal;
import dev.pyrite.distributions.MultivariateNormal;
import dev.pyrite.distributions.kl.KlProvider;
import dev.pyrite.distributions.kl.KlRule;
import dev.pyrite.spi.Distribution;
import java.util.List;

/**
 * torch's analytic KL divergences of the multivariate families: {@code Dirichlet || Dirichlet},
 * {@code MultivariateNormal || MultivariateNormal} and {@code LowRankMultivariateNormal ||
 * MultivariateNormal}, all through Cholesky factors and triangular solves.
 *
 * <pre>{@code
 * NDArray kl = KL.divergence(new MultivariateNormal(mu, l), MultivariateNormal.fromCovariance(m, s));
 * }</pre>
 */
@ServiceProvider(value = KlProvider.class, attribute = "pyrite.name=multivariate")
public final class MultivariateKlRules implements KlProvider {
  @Override
  public String name() {
    return "multivariate";
  }

  @Override
  public String description() {
    return "KL pairs Dirichlet||Dirichlet, MultivariateNormal||MultivariateNormal and"
        + " LowRankMultivariateNormal||MultivariateNormal";
  }

  @Override
  public List<KlRule<?, ?>> rules() {
    return List.of(
        KlRule.of(Dirichlet.class, Dirichlet.class, MultivariateKlRules::dirichlet),
        KlRule.of(MultivariateNormal.class, MultivariateNormal.class, MultivariateKlRules::normal),
        KlRule.of(
            LowRankMultivariateNormal.class,
            MultivariateNormal.class,
            MultivariateKlRules::lowRankNormal));
  }

  private static NDArray dirichlet(Dirichlet p, Dirichlet q) {
    sameEvent(p, q);
    NDArray a = p.concentration();
    NDArray b = q.concentration();
    NDArray sumA = a.sum(new int[] {-1});
    NDArray sumB = b.sum(new int[] {-1});
    NDArray t1 = sumA.gammaln().sub(sumB.gammaln());
    NDArray t2 = a.gammaln().sub(b.gammaln()).sum(new int[] {-1});
    NDArray t4 = TensorOps.digamma(a).sub(TensorOps.digamma(sumA).expandDims(-1));
    return t1.sub(t2).add(a.sub(b).mul(t4).sum(new int[] {-1}));
  }

  /** {@code log det Lq - log det Lp + (|Lq^-1 Lp|_F^2 + |Lq^-1 (mu_q - mu_p)|^2 - n) / 2}. */
  private static NDArray normal(MultivariateNormal p, MultivariateNormal q) {
    sameEvent(p, q);
    long n = p.eventShape().get(0);
    NDArray lp = p.scaleTril();
    NDArray lq = q.scaleTril();
    NDArray halfTerm1 = TensorOps.logAbsDetTriangular(lq).sub(TensorOps.logAbsDetTriangular(lp));
    NDArray term2 = frobenius(TensorOps.solveTriangular(lq, lp, true, false));
    NDArray term3 = mahalanobis(lq, q.loc().sub(p.loc()));
    return halfTerm1.add(term2.add(term3).sub(n).mul(0.5));
  }

  /**
   * {@code (2 log det Lq - log det Sigma_p + |Lq^-1 W|_F^2 + |Lq^-1 sqrt(D)|_F^2 + |Lq^-1 (mu_q -
   * mu_p)|^2 - n) / 2} with {@code Sigma_p = W W^T + diag(D)}.
   */
  private static NDArray lowRankNormal(LowRankMultivariateNormal p, MultivariateNormal q) {
    sameEvent(p, q);
    long n = p.eventShape().get(0);
    NDArray lq = q.scaleTril();
    NDArray term1 = TensorOps.logAbsDetTriangular(lq).mul(2).sub(p.logDetCovariance());
    NDArray term21 = frobenius(TensorOps.solveTriangular(lq, p.covFactor(), true, false));
    NDArray sqrtDiag = TensorOps.diagEmbed(p.covDiag().sqrt());
    NDArray term22 = frobenius(TensorOps.solveTriangular(lq, sqrtDiag, true, false));
    NDArray term3 = mahalanobis(lq, q.loc().sub(p.loc()));
    return term1.add(term21).add(term22).add(term3).sub(n).mul(0.5);
  }

  /** {@code |x|_F^2} over the last two dims (torch's {@code _batch_trace_XXT}). */
  private static NDArray frobenius(NDArray x) {
    return x.square().sum(new int[] {-1, -2});
  }

  /** {@code |L^-1 d|^2}. */
  private static NDArray mahalanobis(NDArray l, NDArray diff) {
    NDArray solved = TensorOps.solveTriangular(l, diff.expandDims(-1), true, false);
    return solved.squeeze(-1).square().sum(new int[] {-1});
  }

  private static void sameEvent(Distribution p, Distribution q) {
    if (!p.eventShape().equals(q.eventShape())) {
      throw new IllegalArgumentException(
          "KL("
              + p.name()
              + " || "
              + q.name()
              + "): the event shapes "
              + p.eventShape()
              + " and "
              + q.eventShape()
              + " differ; KL needs distributions over the same space");
    }
  }
}

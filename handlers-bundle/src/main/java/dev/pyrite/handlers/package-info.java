/**
 * Effect handlers (Pyro's {@code poutine}): each handler is a {@link dev.pyrite.Handler} that can
 * be installed as a try-with-resources context or wrap a model; {@link
 * dev.pyrite.handlers.Handlers} has a model transformer for each.
 *
 * <p>The handlers: {@link dev.pyrite.handlers.TraceHandler trace}, {@link
 * dev.pyrite.handlers.ReplayHandler replay}, {@link dev.pyrite.handlers.BlockHandler block}, {@link
 * dev.pyrite.handlers.ConditionHandler condition}, {@link dev.pyrite.handlers.DoHandler do}, {@link
 * dev.pyrite.handlers.SubstituteHandler substitute}, {@link dev.pyrite.handlers.SeedHandler seed},
 * {@link dev.pyrite.handlers.ScaleHandler scale}, {@link dev.pyrite.handlers.MaskHandler mask},
 * {@link dev.pyrite.handlers.UnconditionHandler uncondition}, {@link
 * dev.pyrite.handlers.LiftHandler lift}, {@link dev.pyrite.handlers.InferConfigHandler
 * inferConfig}, {@link dev.pyrite.handlers.BroadcastHandler broadcast} and {@link
 * dev.pyrite.handlers.EscapeHandler escape}. Those with JSON-able options are also plug-ins ({@code
 * trace, block, scale, seed, do, uncondition, infer_config, broadcast, escape}).
 *
 * <p>Validation follows Pyro: a {@link dev.pyrite.handlers.Trace} checks each log-probability's
 * shape against its plates once {@link dev.pyrite.handlers.Trace#checkShapes checkShapes} is on
 * (ELBOs switch it on), and {@link dev.pyrite.handlers.ModelGuideMatch} checks that a guide fits
 * its model; both name the sites and the fix.
 *
 * <pre>{@code
 * Trace guideTrace = Handlers.trace(guide, data);
 * Trace modelTrace = Handlers.trace(Handlers.replay(model, guideTrace), data);
 * ModelGuideMatch.validate(modelTrace, guideTrace);
 * NDArray logJoint = modelTrace.checkShapes(Trace.ALL_DIMS).logProbSum();
 * }</pre>
 */
@Export
@Version("1.1.0")
package dev.pyrite.handlers;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;

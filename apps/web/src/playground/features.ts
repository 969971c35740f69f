/**
 * The playground's side of the input features: turning one checkbox on or off. The features
 * themselves (ids, labels, values) are @actlab/train's.
 */
import type { FeatureId } from '@actlab/train';
import { FEATURE_IDS } from '@actlab/train';

/**
 * `inputs` with `id` added or removed, in `FEATURE_IDS` order (so one choice has one link); the
 * last feature is never removed, since a network needs an input.
 */
export function toggleFeature(inputs: readonly FeatureId[], id: FeatureId): readonly FeatureId[] {
  const chosen = new Set(inputs);
  if (chosen.has(id)) {
    if (chosen.size === 1) return inputs;
    chosen.delete(id);
  } else {
    chosen.add(id);
  }
  return FEATURE_IDS.filter((f) => chosen.has(f));
}

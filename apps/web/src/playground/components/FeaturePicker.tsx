/**
 * TensorFlow Playground's input features: a checkbox per feature of the plane (x1, x2, x1², x2²,
 * x1·x2, sin(x1), sin(x2)) choosing what the network's input layer receives. The last checked box
 * cannot be cleared, since a network needs at least one input.
 */
import type { FeatureId } from '@actlab/train';
import { FEATURES } from '@actlab/train';
import { toggleFeature } from '../features.js';

/** Props of FeaturePicker. */
export interface FeaturePickerProps {
  /** The chosen features, in `FEATURE_IDS` order. */
  readonly value: readonly FeatureId[];
  readonly onChange: (inputs: readonly FeatureId[]) => void;
}

/** The input-feature checkboxes. */
export function FeaturePicker({ value, onChange }: FeaturePickerProps) {
  return (
    <fieldset className="pg-layer pg-features">
      <legend>Input features</legend>
      <div className="field-row pg-wrap">
        {FEATURES.map((f) => {
          const checked = value.includes(f.id);
          return (
            <label key={f.id} className="pg-check">
              <input
                type="checkbox"
                checked={checked}
                disabled={checked && value.length === 1}
                onChange={() => onChange(toggleFeature(value, f.id))}
              />
              {f.label}
            </label>
          );
        })}
      </div>
      <p className="hint">
        What the network is fed. x1² and x2² let even a network with no hidden layer draw a circle.
      </p>
    </fieldset>
  );
}

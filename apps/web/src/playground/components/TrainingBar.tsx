/** Play, pause, step and reset, the epoch counter and the speed: the bar above the playground. */
import { formatNumber } from '@actlab/format';
import { READOUT_STYLE } from '../../lib/number-style.js';
import { SPEEDS } from '../settings.js';
import { Select } from './Select.js';

/** Props of TrainingBar. */
export interface TrainingBarProps {
  readonly playing: boolean;
  readonly epoch: number;
  readonly trainLoss: number;
  readonly testLoss: number;
  readonly speed: number;
  /** False while the configuration is invalid or training diverged. */
  readonly canTrain: boolean;
  readonly onPlay: () => void;
  readonly onPause: () => void;
  readonly onStep: () => void;
  readonly onReset: () => void;
  readonly onSpeed: (speed: number) => void;
}

/** The training controls and their readouts. */
export function TrainingBar(props: TrainingBarProps) {
  const { playing, epoch, trainLoss, testLoss, speed, canTrain } = props;
  return (
    <div className="pg-bar panel">
      <div className="pg-buttons" role="group" aria-label="Training">
        <button type="button" onClick={props.onReset}>
          Reset
        </button>
        <button
          type="button"
          className="pg-play"
          onClick={playing ? props.onPause : props.onPlay}
          disabled={!canTrain && !playing}
        >
          {playing ? 'Pause' : 'Play'}
        </button>
        <button type="button" onClick={props.onStep} disabled={!canTrain || playing}>
          Step one epoch
        </button>
      </div>
      <dl className="pg-readouts readout">
        <div>
          <dt>Epoch</dt>
          <dd data-testid="epoch">{epoch}</dd>
        </div>
        <div>
          <dt>Training loss</dt>
          <dd data-testid="train-loss">{formatNumber(trainLoss, 4, READOUT_STYLE)}</dd>
        </div>
        <div>
          <dt>Test loss</dt>
          <dd data-testid="test-loss">{formatNumber(testLoss, 4, READOUT_STYLE)}</dd>
        </div>
      </dl>
      <Select
        label="Speed"
        value={String(speed)}
        choices={SPEEDS.map((s) => ({
          value: String(s),
          label: s === 0 ? 'as fast as possible' : `${s} epochs per second`,
        }))}
        onChange={(v) => props.onSpeed(Number(v))}
      />
    </div>
  );
}

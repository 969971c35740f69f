/**
 * One lesson's page: what the experiment does, a Run button, a live figure (training loss by epoch
 * as the run reports it, then the outcome's curves) and the measured outcome. The seed is in the
 * URL; the experiment runs in a worker.
 */
import type { ExperimentInfo } from '@actlab/train';
import { useMemo } from 'react';
import { NumberSlider } from '../components/NumberSlider.js';
import { clampedParam, formatParam } from '../lib/query.js';
import { useQuery } from '../lib/use-url-state.js';
import { hasBoundaries } from './boundary.js';
import { BoundaryFigure } from './BoundaryFigure.js';
import { CurveFigure } from './CurveFigure.js';
import { FitFigure } from './FitFigure.js';
import { splitSeries } from './curves.js';
import { LessonNav } from './LessonNav.js';
import { Outcome } from './Outcome.js';
import { CONTENDER_KEY, RACE_ID, contenderId, raceContenders } from './race.js';
import { RaceContender } from './RaceContender.js';
import { useExperimentRun } from './use-experiment-run.js';

/** Props of ExperimentLesson. */
export interface ExperimentLessonProps {
  readonly info: ExperimentInfo;
}

/** The seed range offered (any integer works; this keeps the slider usable). */
const SEED_MAX = 9999;

/** The experiment's own default seed, from its defaults. */
function defaultSeed(info: ExperimentInfo): number {
  const seed = info.defaults.seed;
  return typeof seed === 'number' && Number.isInteger(seed) ? seed : 1;
}

/** A lesson run from @actlab/train's experiment of the same id. */
export function ExperimentLesson({ info }: ExperimentLessonProps) {
  const [query, update] = useQuery();
  const seed = Math.round(clampedParam(query.get('seed'), defaultSeed(info), 0, SEED_MAX));
  const race = info.id === RACE_ID;
  const formula = race ? query.get(CONTENDER_KEY) : null;
  const contenders = useMemo(() => raceContenders(info, formula), [info, formula]);
  const { state, start, cancel } = useExperimentRun(info.id, seed, contenders);
  const running = state.status === 'running';
  const split = useMemo(() => splitSeries(state.outcome?.series ?? []), [state.outcome]);
  const lossCurves = split.byEpoch.length > 0 ? split.byEpoch : state.curves;
  return (
    <article>
      <LessonNav id={info.id} />
      <h1>{info.title}</h1>
      <p className="lesson-claim">{info.lesson}</p>
      <p>{info.explanation}</p>
      <div className="panel lesson-controls">
        <NumberSlider
          label="Seed"
          value={seed}
          min={0}
          max={SEED_MAX}
          step={1}
          integer
          onChange={(v) => update({ seed: formatParam(v) })}
          hint={`Every random choice follows it; the experiment's own is ${defaultSeed(info)}.`}
        />
        {race ? (
          <RaceContender
            value={contenderId(formula)}
            onChange={(text) => update({ [CONTENDER_KEY]: text })}
            disabled={running}
          />
        ) : null}
        <div className="lesson-actions">
          <button type="button" onClick={start} disabled={running}>
            {state.status === 'done' ? 'Run again' : 'Run'}
          </button>
          {running ? (
            <button type="button" onClick={cancel}>
              Cancel
            </button>
          ) : null}
          <span role="status">
            {running
              ? `Running… ${state.curves.reduce((n, c) => n + c.xs.length, 0)} progress reports`
              : state.status === 'done'
                ? hasBoundaries(info.id) && !state.boundaries
                  ? 'Done. Drawing the decision boundaries…'
                  : 'Done.'
                : ''}
          </span>
        </div>
        {state.status === 'error' ? (
          <p className="error" role="alert">
            The run failed: {state.error}
          </p>
        ) : null}
      </div>
      {lossCurves.length > 0 ? (
        <CurveFigure
          title={running ? 'Training loss so far' : 'Training loss'}
          curves={lossCurves}
          xLabel="epoch"
          yLabel="loss"
        />
      ) : null}
      {split.byLayer.length > 0 ? (
        <CurveFigure
          title="Gradient norm by layer at initialization (log scale)"
          curves={split.byLayer}
          xLabel="layer"
          yLabel="‖∂J/∂W‖"
          yLog
        />
      ) : null}
      {state.outcome?.fits && !running ? (
        <FitFigure title="What each network learned, against the data" fits={state.outcome.fits} />
      ) : null}
      {state.outcome && !running ? (
        <Outcome outcome={state.outcome} seconds={state.seconds} />
      ) : null}
      {!running && state.boundaries && state.boundaries.length > 0 ? (
        <BoundaryFigure boundaries={state.boundaries} />
      ) : null}
    </article>
  );
}

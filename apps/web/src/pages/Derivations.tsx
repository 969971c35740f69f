/**
 * The notes' derivations with the learner's own numbers: the derivative of the sigmoid line by
 * line (power rule, chain rule, d/dx e^-x, the simplification to σ(x)(1 − σ(x))), softmax computed
 * as the notes do it (each e^z, their sum K, each share), and softmax([z, 0]) = σ(z) live. Every
 * line shows its value, and the last is checked against core's own sigmoid′ and softmax. The math
 * is core's (`sigmoidDerivation`, `softmaxComputation`, `softmaxOfTwo`); this page renders it.
 */
import type { DerivationStep } from '@actlab/core';
import { sigmoidDerivation, sigmoidSlope, softmaxComputation, softmaxOfTwo } from '@actlab/core';
import { formatNumber } from '@actlab/format';
import { useEffect } from 'react';
import { NumberSlider } from '../components/NumberSlider.js';
import { Formula } from '../explorer/Formula.js';
import { PROSE_STYLE } from '../lib/number-style.js';
import { clampedParam, formatParam, numberListParam } from '../lib/query.js';
import { useQuery } from '../lib/use-url-state.js';
import { LogitsEditor } from '../softmax/LogitsEditor.js';

/** The notes' scores. */
const NOTES_SCORES: readonly number[] = [2.33, -1.46, 0.56];

const text = (x: number) => formatNumber(x, 10, PROSE_STYLE);

/** Lines of a derivation: the rule, the line, the numbers and the value. */
function Steps({
  steps,
  name,
}: {
  readonly steps: readonly DerivationStep[];
  readonly name: string;
}) {
  return (
    <ol className="derivation">
      {steps.map((step, i) => (
        <li key={i}>
          <p className="hint">{step.rule}</p>
          <Formula tex={step.latex} label={`${name}, line ${i + 1}`} />
          <Formula tex={`= ${step.numbers}`} label={`${name}, line ${i + 1} with the numbers`} />
          <p>
            Value: <span className="readout">{text(step.value)}</span>
          </p>
        </li>
      ))}
    </ol>
  );
}

/** Does the derivation's last line agree with core's value (to 12 significant digits)? */
function agrees(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-12 * Math.max(1, Math.abs(b));
}

/** The derivations page. */
export default function Derivations() {
  const [query, update] = useQuery();
  const x = clampedParam(query.get('x'), 1, -30, 30);
  const scores = numberListParam(query.get('z'), NOTES_SCORES);
  const two = clampedParam(query.get('two'), 0.7, -30, 30);
  const steps = sigmoidDerivation(x);
  const last = steps[steps.length - 1]?.value ?? NaN;
  const core = sigmoidSlope(x);
  const softmax = softmaxComputation(scores);
  const identity = softmaxOfTwo(two);
  // A course-map link lands on a section: scroll to it once the page is drawn.
  useEffect(() => {
    const target = window.location.hash
      ? document.getElementById(window.location.hash.slice(1))
      : null;
    target?.scrollIntoView?.();
  }, []);
  return (
    <article className="derivations">
      <h1>Derivations, step by step</h1>
      <p className="lede">
        The course notes derive the sigmoid&rsquo;s derivative and compute softmax by hand. Here
        every line is filled in with your numbers, and the result is checked against actlab&rsquo;s
        own functions.
      </p>
      <section id="sigmoid" aria-labelledby="d-sigmoid">
        <h2 id="d-sigmoid">The derivative of the sigmoid</h2>
        <NumberSlider
          label="x"
          value={x}
          min={-30}
          max={30}
          sliderMin={-8}
          sliderMax={8}
          step={0.1}
          onChange={(v) => update({ x: formatParam(v) })}
        />
        <Steps steps={steps} name="Sigmoid derivative" />
        <p role="status">
          actlab&rsquo;s sigmoid′({text(x)}) = <span className="readout">{text(core)}</span>:{' '}
          {agrees(last, core)
            ? 'the last line agrees with it.'
            : 'the last line differs from it in the last digits (plain exp rounds; actlab is exact).'}
        </p>
      </section>
      <section id="softmax" aria-labelledby="d-softmax">
        <h2 id="d-softmax">Softmax, computed as in the notes</h2>
        <LogitsEditor
          logits={scores}
          onChange={(next) => update({ z: next.map(formatParam).join(',') })}
        />
        <Steps steps={softmax.steps} name="Softmax" />
        <table className="derivation-table">
          <caption>
            Each class: its score, e^z, and its share e^z / K beside actlab&rsquo;s softmax
          </caption>
          <thead>
            <tr>
              <th scope="col">Class</th>
              <th scope="col">z</th>
              <th scope="col">e^z</th>
              <th scope="col">e^z / K</th>
              <th scope="col">actlab&rsquo;s softmax</th>
            </tr>
          </thead>
          <tbody>
            {softmax.terms.map((t, i) => (
              <tr key={i}>
                <th scope="row">{i + 1}</th>
                <td className="readout">{text(t.z)}</td>
                <td className="readout">{text(t.exp)}</td>
                <td className="readout">{text(t.share)}</td>
                <td className="readout">{text(softmax.catalog[i] ?? NaN)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {Number.isFinite(softmax.sum) ? null : (
          <p className="error" role="alert">
            e^z overflows above z = 709, so K is infinite and the notes&rsquo; method breaks; actlab
            subtracts the largest score first, which leaves every share unchanged.
          </p>
        )}
      </section>
      <section id="two" aria-labelledby="d-two">
        <h2 id="d-two">Softmax of two scores is the sigmoid</h2>
        <p>
          With two classes scored z and 0, softmax gives the first e^z / (e^z + 1) = 1 / (1 + e^−z)
          = σ(z): softmax generalizes the sigmoid to many classes.
        </p>
        <NumberSlider
          label="z"
          value={two}
          min={-30}
          max={30}
          sliderMin={-8}
          sliderMax={8}
          step={0.1}
          onChange={(v) => update({ two: formatParam(v) })}
        />
        <p role="status">
          softmax([{text(two)}, 0]) for the first class ={' '}
          <span className="readout">{text(identity.softmax)}</span>; σ({text(two)}) ={' '}
          <span className="readout">{text(identity.sigmoid)}</span>
          {agrees(identity.softmax, identity.sigmoid) ? ': the same.' : '.'}
        </p>
      </section>
    </article>
  );
}

// A first look at @actlab/core: every activation in the catalog, f(x) and f'(x) at a few points,
// then the vector activations on the course's softmax example. Run with `npm start` from the root.
import { SCALAR_IDS, VECTOR_IDS, activation, activationInfo } from '@actlab/core';

const POINTS = [-3, -1, 0, 1, 3];
const cell = (v) => (Number.isInteger(v) ? String(v) : v.toPrecision(5)).padStart(12);

console.log('actlab: every activation, exact in float64, with its derivative\n');
const header = (name) => POINTS.map((x) => `${name}(${x})`.padStart(12)).join('');
console.log(`${'activation'.padEnd(16)}${header('f')}  |${header("f'")}`);
for (const id of SCALAR_IDS) {
  const act = activation(id);
  const values = POINTS.map((x) => cell(act.f(x))).join('');
  const slopes = POINTS.map((x) => cell(act.df(x))).join('');
  console.log(`${id.padEnd(16)}${values}  |${slopes}`);
}

const logits = [2.33, -1.46, 0.56];
console.log(`\nvector activations on the course's logits [${logits.join(', ')}]:`);
for (const id of VECTOR_IDS) {
  const input = id === 'glu' ? [...logits, 1] : logits;
  const y = activation(id).f(input);
  console.log(`${id.padEnd(16)}[${[...y].map((v) => v.toPrecision(6)).join(', ')}]`);
}
console.log(`\n${activationInfo('sigmoid').note}`);
console.log('\nMore: the library guide in README.md; the tests with `npm test`.');

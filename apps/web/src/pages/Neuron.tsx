/** Placeholder while the page is being built. */
export default function Neuron() {
  return <h1>Neuron</h1>;
}

/** Placeholder while the page is being built. */
export default function Gradients() {
  return <h1>Gradients</h1>;
}

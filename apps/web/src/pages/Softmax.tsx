/** Placeholder while the page is being built. */
export default function Softmax() {
  return <h1>Softmax</h1>;
}

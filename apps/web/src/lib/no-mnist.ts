/**
 * Stands in for the `mnist` package in the browser build (see vite.config.ts): the package holds
 * 41 MB of digits that must never ship to a browser. The explorer's digits come from the compact
 * subset generated at build time instead, so reaching this module is a bug worth a clear message.
 */
const mnist = {
  set(): never {
    throw new Error(
      'the mnist package is not available in the browser: use the compact digit subset',
    );
  },
};
export default mnist;

// jsdom, as Jest's own environment gives it, plus the platform's network and timing classes that jsdom lacks:
// the tab's repositories run on PnPjs, which needs `Response`, `Headers` and `fetch` (the tests replace PnPjs's
// `send` and hand requests to a real SharePoint emulator with Node's fetch), and the tests wait for that real
// network with `setImmediate`, which Jest's jsdom environment leaves out. jsdom has no layout, so its `scrollTo`
// only logs "Not implemented" (the tab scrolls to the top on a new page): here it quietly does nothing.
// Used per file with the docblock `@jest-environment ./tests/unit/ui/support/jsdomEnvironment.js`.
const { TestEnvironment } = require('jest-environment-jsdom');

class JsdomWithNetwork extends TestEnvironment {
  constructor(config, context) {
    super(config, context);
    const platform = {
      fetch,
      Request,
      Response,
      Headers,
      TextEncoder,
      TextDecoder,
      structuredClone,
      ReadableStream,
      setImmediate,
      clearImmediate,
      // A long read yields to the page between answers with a message, as browsers (and React's scheduler) do.
      MessageChannel,
    };
    for (const [name, value] of Object.entries(platform)) this.global[name] = value;
    this.global.scrollTo = () => undefined;
  }
}

module.exports = JsdomWithNetwork;

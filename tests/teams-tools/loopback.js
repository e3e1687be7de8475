// Preloaded into the Agents Playground (node --require ./loopback.js cli.js ...): it listens on every interface
// by default; this makes a listen call that names only a port listen on 127.0.0.1, so the test server stays on
// the loopback address.
"use strict";
const net = require("net");
const listen = net.Server.prototype.listen;
net.Server.prototype.listen = function (...args) {
  if (typeof args[0] === "number" && (args.length === 1 || typeof args[1] === "function")) {
    args.splice(1, 0, "127.0.0.1");
  } else if (args[0] && typeof args[0] === "object" && !args[0].path && !args[0].host) {
    args[0] = { ...args[0], host: "127.0.0.1" };
  }
  return listen.apply(this, args);
};

// atob and btoa, which the start check's DOM (dom.js) looks for as it loads: it runs first.
(() => {
  'use strict';
  const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  const invalid = (message) => new (globalThis.DOMException ?? Error)(message, 'InvalidCharacterError');
  globalThis.btoa = (text) => {
    const bytes = String(text);
    if (/[^\u0000-\u00ff]/.test(bytes)) throw invalid('The string contains characters outside of the Latin1 range.');
    let out = '';
    for (let i = 0; i < bytes.length; i += 3) {
      const n = (bytes.charCodeAt(i) << 16) | ((bytes.charCodeAt(i + 1) || 0) << 8) | (bytes.charCodeAt(i + 2) || 0);
      out += BASE64[(n >> 18) & 63] + BASE64[(n >> 12) & 63]
        + (i + 1 < bytes.length ? BASE64[(n >> 6) & 63] : '=') + (i + 2 < bytes.length ? BASE64[n & 63] : '=');
    }
    return out;
  };
  globalThis.atob = (text) => {
    let bits = 0;
    let count = 0;
    let out = '';
    for (const ch of String(text).replace(/[\s=]+/g, '')) {
      const value = BASE64.indexOf(ch);
      if (value < 0) throw invalid('The string to be decoded is not correctly encoded.');
      bits = (bits << 6) | value;
      count += 6;
      if (count >= 8) {
        count -= 8;
        out += String.fromCharCode((bits >> count) & 255);
      }
    }
    return out;
  };
})();

// Checks the TextMate grammar without VS Code: it parses, every pattern compiles, and every word keyword of
// the language's Xtext grammar is coloured (so the two cannot drift apart unnoticed).
'use strict';

const fs = require('fs');
const path = require('path');
const assert = require('assert');

const grammar = JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'syntaxes', 'lithos.tmLanguage.json'), 'utf8'));
const patterns = [];
(function collect(node) {
  if (Array.isArray(node)) { node.forEach(collect); return; }
  if (node && typeof node === 'object') {
    for (const key of ['match', 'begin', 'end']) {
      if (typeof node[key] === 'string') patterns.push(node[key]);
    }
    Object.values(node).forEach(collect);
  }
})(grammar.repository);
patterns.forEach(p => new RegExp(p));

const xtext = fs.readFileSync(path.join(__dirname, '..', '..', 'org.lithos.dsl', 'src', 'org', 'lithos', 'dsl', 'Lithos.xtext'), 'utf8')
  .replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');
const keywords = new Set([...xtext.matchAll(/'([A-Za-z]{2,})'/g)].map(m => m[1]));
const coloured = new RegExp(grammar.repository.keywords.patterns.slice(0, 4).map(p => p.match).join('|'));
const missing = [...keywords].filter(k => !new RegExp('^(?:' + coloured.source + ')$').test(k));
assert.deepStrictEqual(missing, [], 'keywords of Lithos.xtext without colour in the TextMate grammar');

const quantity = new RegExp(grammar.repository.quantities.patterns[1].match);
const m = quantity.exec('    area 12 mm diameter');
assert.strictEqual(m[1], '12');
assert.strictEqual(m[2], 'mm');
const count = quantity.exec('of cycle 4 or total time');
assert.strictEqual(count[2], undefined, '"or" after a number is a keyword, not a unit');
const range = quantity.exec('over cycles 2 to 50');
assert.strictEqual(range[2], undefined, '"to" after a number is a keyword, not a unit');
assert.strictEqual(quantity.exec('expect cycle life of Cu_half = 26 cycles')[2], 'cycles', 'a count of cycles keeps its unit');
console.log(`grammar ok: ${patterns.length} patterns, ${keywords.size} keywords coloured`);

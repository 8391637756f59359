import { readFileSync } from 'node:fs';
import { classify } from '../../src/shared/classify';
const texts = ['nl.tune','en.tune','nl.heldout','en.heldout'].flatMap(n=>readFileSync(`tests/fixtures/corpora/${n}.jsonl`,'utf8').split('\n').filter(Boolean).map(l=>JSON.parse(l).text as string));
let s=0; const t=performance.now();
for (let r=0;r<400;r++) for (const x of texts) s+=classify({text:x}).urgency;
console.log((400*texts.length)/((performance.now()-t)/1000), s);

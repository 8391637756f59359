import { readFileSync } from 'node:fs';
import { tokenize } from '../../src/shared/classify/tokenize';
import { annotate } from '../../src/shared/classify/features';
import { detectLanguage } from '../../src/shared/classify/language';
import { findTriggers, triggerValence } from '../../src/shared/classify/triggers';
import { analyseSentiment } from '../../src/shared/classify/sentiment';
import { findAbuse } from '../../src/shared/classify/abuse';
import { classify } from '../../src/shared/classify';
import Sentiment from 'sentiment';
const texts = ['nl.tune','en.tune','nl.heldout','en.heldout'].flatMap(n=>readFileSync(`tests/fixtures/corpora/${n}.jsonl`,'utf8').split('\n').filter(Boolean).map(l=>JSON.parse(l).text as string));
function run(name:string, f:(t:string)=>unknown){ let s=0; for(let r=0;r<50;r++) for(const t of texts) if(f(t)!==undefined) s++; const st=performance.now(); let n=0; while(performance.now()-st<700){ for(const t of texts) if(f(t)!==undefined) s++; n+=texts.length;} console.log(name.padEnd(12), Math.round(n/((performance.now()-st)/1000)), s<0?s:'');}
const an = new Sentiment();
run('sentiment', t=>an.analyze(t));
run('tokenize', t=>tokenize(t));
run('+annotate', t=>{const k=tokenize(t); annotate(k); return k;});
run('+lang', t=>{const k=tokenize(t); annotate(k); return detectLanguage(k);});
run('+triggers', t=>{const k=tokenize(t); annotate(k); detectLanguage(k); return findTriggers(k);});
run('+sentiment', t=>{const k=tokenize(t); annotate(k); const l=detectLanguage(k); const tr=findTriggers(k); findAbuse(k); return analyseSentiment(k,l,triggerValence(tr));});
run('classify', t=>classify({text:t}));

import { readFileSync } from 'node:fs';
import { tokenize } from '../../src/shared/classify/tokenize';
import { tokenize as old } from '../../../../tmp/oldtok';
const texts = ['nl.tune','en.tune','nl.heldout','en.heldout','nl.heldout2','en.heldout2'].flatMap(n=>readFileSync(`tests/fixtures/corpora/${n}.jsonl`,'utf8').split('\n').filter(Boolean).map(l=>JSON.parse(l).text as string));
texts.push("CAPS WEER!!! sooo goeeed :-) >:( <3 (: ): 14:30 ... … ..,  .: #not #storing 'bezorgd' m'n don’t it's ÉÉN ééén café Ünïcode 😡🤬 👍🏻 https://t.co/x www.x.nl HTTP://X.nl @x_y @ # ?! !? ??! !!! ?? hh hello http");
let bad=0;
for (const t of texts){const a=JSON.stringify(tokenize(t)), b=JSON.stringify(old(t)); if(a!==b){bad++; if(bad<6){console.log(t);console.log(' new',a);console.log(' old',b);}}}
console.log('diff',bad,'of',texts.length);

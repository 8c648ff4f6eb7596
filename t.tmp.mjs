import nlp from 'compromise';
for (const t of ['the two governments', 'Human Rights Watch', 'China', 'Britain and China', 'The law', 'Police']) {
  const n = nlp(t).nouns(); console.log(t, n.isPlural().out('array'), n.last().isPlural().found);
}
const v = nlp('The law was imposed on Hong Kong').verbs(0); console.log(v.text(), JSON.stringify(v.conjugate()[0]));
const w = nlp('the two governments are expected to sign trade deals').verbs(0); console.log(w.text());
const x = nlp('including five MPs').verbs(0); console.log(x.text(), nlp('including five MPs').has('^#Gerund'));

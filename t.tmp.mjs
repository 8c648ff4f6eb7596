import nlp from 'compromise';
for (const t of ['Human Rights Watch urged Lammy to put respect', 'London handed Hong Kong back to China', 'Lammy met with Wang', 'David Cameron hailing a Golden Age', 'Britain and China made much of ties', 'London has said Lammy will use', 'Lammy will also meet with British business leaders', 'Lammy earlier met with Ding', 'The two sides have also sparred']) {
  const d = nlp(t); const v = d.verbs(0);
  console.log(JSON.stringify(v.text()), JSON.stringify(v.conjugate()[0]));
}

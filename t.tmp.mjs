import nlp from 'compromise';
for (const t of ['Full diplomatic relations at ambassadorial level were established', 'Sino-British Joint Declaration signed in Beijing']) {
  const d = nlp(t); const v = d.verbs(); console.log(v.out('array'), d.verbs(0).text(), JSON.stringify(d.verbs(0).conjugate()[0]));
}

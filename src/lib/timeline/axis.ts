/** Steps between labelled ticks, in the axis's units (years, or months): 1, 2, 5, 10, 20, 50… */
const NICE_STEPS = [1, 2, 5] as const;

/**
 * The smallest step of 1, 2 or 5 times a power of ten (at least `minimum`) that labels no more
 * than `maxLabels` ticks over `span` units, so labels never crowd on a proportional axis.
 *
 * @example
 * labelStep(184, 10) //=> 20
 * labelStep(3, 10) //=> 1
 * labelStep(30, 10, 10) //=> 10
 */
export function labelStep(span: number, maxLabels: number, minimum = 1): number {
  for (let power = 1; ; power *= 10) {
    for (const step of NICE_STEPS) {
      const candidate = step * power;
      if (candidate >= minimum && Math.ceil(span / candidate) <= maxLabels) return candidate;
    }
  }
}

/**
 * A coordinate with one decimal: enough for a chart's viewBox, and the same text in every build.
 *
 * @example
 * roundCoordinate(10 / 3) //=> 3.3
 */
export function roundCoordinate(value: number): number {
  return Math.round(value * 10) / 10;
}

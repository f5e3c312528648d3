/**
 * The natural logarithm, with the same bits in every JavaScript engine.
 *
 * `Math.log` is not specified to the last bit (ECMAScript leaves the precision of `Math.log`, `exp`, `pow`,
 * `sin`, `cos`, `atan2`, … to the implementation), and engines differ: measured on 2 000 arguments i/7,
 * Chromium 156 and Node 20 (V8 11.3) disagree in the last bit for 50 of them (exp: 202, pow: 175, sin: 64;
 * sqrt, log2 and tanh agree). A measure that sums logarithms (the normalized mutual information of
 * `partition-agreement.ts`) then prints different digits in the dashboard's upload worker and in the CLI,
 * which breaks core's promise of byte-identical output. Core takes every logarithm of its own from here
 * (normalized mutual information, the bootstrap's normal quantile, the layout's slow-down, the sampling error
 * bound); checked in Chromium by `test/browser/core-in-browser.test.ts`.
 *
 * `portableLog` is a transcription of fdlibm's `__ieee754_log` (Sun Microsystems 1993, `e_log.c`; the same
 * algorithm as V8's `ieee754::log`, FreeBSD's msun and Java's `StrictMath.log`): argument reduction to
 * x = 2^k·(1+f) with √2/2 < 1+f < √2, then log(1+f) = f − s·(f − R(z)) with s = f/(2+f), z = s² and a
 * degree-14 polynomial R fitted by Remez. Error < 1 ulp. It uses only IEEE-754 addition, subtraction,
 * multiplication and division (exactly rounded everywhere) and 32-bit integer operations on the bits, so its
 * result is the same in every engine.
 */

// fdlibm's constants, written as the shortest decimals that give the same doubles (fdlibm prints 20 digits).
const LN2_HI = 0.6931471803691238; // 0x3fe62e42 fee00000
const LN2_LO = 1.9082149292705877e-10; // 0x3dea39ef 35793c76
const TWO54 = 2 ** 54;
const LG1 = 0.6666666666666735; // 0x3fe55555 55555593
const LG2 = 0.3999999999940942; // 0x3fd99999 9997fa04
const LG3 = 0.2857142874366239; // 0x3fd24924 94229359
const LG4 = 0.22222198432149784; // 0x3fcc71c5 1d8e78af
const LG5 = 0.1818357216161805; // 0x3fc74664 96cb03de
const LG6 = 0.15313837699209373; // 0x3fc39a09 d078c69f
const LG7 = 0.14798198605116586; // 0x3fc2f112 df3e5244
const THIRD = 0.3333333333333333; // fdlibm writes 0.33333333333333333

const bits = new DataView(new ArrayBuffer(8));

/** ln(x), identical in every JavaScript engine (fdlibm's algorithm; see the module comment). */
export function portableLog(x: number): number {
  bits.setFloat64(0, x);
  let hx = bits.getInt32(0);
  const lx = bits.getUint32(4);
  let k = 0;
  if (hx < 0x00100000) {
    // x < 2^-1022: zero, negative or subnormal.
    if (((hx & 0x7fffffff) | lx) === 0) return Number.NEGATIVE_INFINITY;
    if (hx < 0) return Number.NaN;
    k -= 54;
    x *= TWO54;
    bits.setFloat64(0, x);
    hx = bits.getInt32(0);
  }
  if (hx >= 0x7ff00000) return x + x; // Infinity or NaN
  k += (hx >> 20) - 1023;
  hx &= 0x000fffff;
  const i = (hx + 0x95f64) & 0x100000;
  bits.setInt32(0, hx | (i ^ 0x3ff00000)); // x or x/2 normalised into [√2/2, √2)
  x = bits.getFloat64(0);
  k += i >> 20;
  const f = x - 1.0;
  const dk = k;
  if ((0x000fffff & (2 + hx)) < 3) {
    // |f| < 2^-20
    if (f === 0) return k === 0 ? 0 : dk * LN2_HI + dk * LN2_LO;
    const r = f * f * (0.5 - THIRD * f);
    return k === 0 ? f - r : dk * LN2_HI - (r - dk * LN2_LO - f);
  }
  const s = f / (2.0 + f);
  const z = s * s;
  const w = z * z;
  const t1 = w * (LG2 + w * (LG4 + w * LG6));
  const t2 = z * (LG1 + w * (LG3 + w * (LG5 + w * LG7)));
  const r = t2 + t1;
  if (((hx - 0x6147a) | (0x6b851 - hx)) > 0) {
    const hfsq = 0.5 * f * f;
    return k === 0 ? f - (hfsq - s * (hfsq + r)) : dk * LN2_HI - (hfsq - (s * (hfsq + r) + dk * LN2_LO) - f);
  }
  return k === 0 ? f - s * (f - r) : dk * LN2_HI - (s * (f - r) - dk * LN2_LO - f);
}

"""Spike scorer simulation (core io.kefu.core.metrics.hot.SpikeScorer): false flags on stable
Poisson topics and bursts flagged within two windows, for the previous scorer (mean of all six
previous windows, threshold 5) and the current one (largest previous window left out, 5.5).
Run: python3 docs/simulations/spike_scorer.py (numpy). Figures quoted in SpikeScorer and the README."""
import numpy as np
rng=np.random.default_rng(1)
N = 6; FLOOR = 1.0; TH = 5.0; MINC = 5
def score_mean(c,prev):
    n=len(prev); m=prev.mean(); v=prev.var(ddof=1) if n>1 else 0
    b=max(m,FLOOR); s=max(b,v)*(1+1/n)+1
    return (c-b)/np.sqrt(s), b
def score_trim(c,prev):
    # drop the single largest previous window (a burst's first window) before mean/var
    p=np.sort(prev)[:-1]
    return score_mean(c,p)
def score_median(c,prev):
    n=len(prev); med=np.median(prev); mad=np.median(np.abs(prev-med))*1.4826
    b=max(med,FLOOR); s=max(b,mad**2)*(1+1/n)+1
    return (c-b)/np.sqrt(s), b
def flag(f,c,prev):
    sc,b=f(c,prev); return sc>=TH and c>=MINC
def run(f, th):
    global TH
    TH = th
    fp = tot = 0
    for lam in [1, 2, 3, 5, 10, 20, 50, 100]:
        x = rng.poisson(lam, size=(1_000_000, N + 1)).astype(float)
        prev, c = x[:, :N], x[:, N]
        if f is score_trim:  # leave out one largest previous window
            prev = np.sort(prev, axis=1)[:, :-1]
        n = prev.shape[1]
        b = np.maximum(prev.mean(axis=1), FLOOR)
        v = np.maximum(b, prev.var(axis=1, ddof=1))
        score = (c - b) / np.sqrt(v * (1 + 1 / n) + 1)
        fp += int(np.sum((score >= th) & (c >= MINC)))
        tot += len(c)
    det = []
    for lam, factor, phase in [(4, 5, 0), (4, 5, .5), (5, 5, 0), (5, 5, .5), (10, 3, 0), (10, 3, .5)]:
        hits = 0
        for _ in range(2000):
            prev = rng.poisson(lam, N).astype(float)
            w1 = rng.poisson(lam * (1 + (factor - 1) * (1 - phase)))
            w2 = rng.poisson(lam * factor)
            hits += flag(f, w1, prev) or flag(f, w2, np.append(prev[1:], w1))
        det.append("%d/window x%d from %.1f: %.2f" % (lam, factor, phase, hits / 2000))
    print(f.__name__, th, "false flags per window %.1e;" % (fp / tot), "; ".join(det))


run(score_mean, 5.0)
run(score_trim, 5.5)

// How each statistic of the analysis is computed, in words: written into summary.json so the
// file explains itself, and shown by the browser view.

export const METHODS: Record<string, string> = {
  grouping:
    'One group per design point and arm; with --by, one per combination of the chosen factors and arm, the other factors pooled. A --by factor with more than 12 values, or any factor of a sampled design, is cut into 8 equal-width bins named by their midpoints. Sampled designs (Latin hypercube, Saltelli) pool every point by default.',
  mean: 'Mean and sample standard deviation (n − 1) of the runs with a value; 95% interval mean ± t(0.975, n − 1)·sd/√n.',
  relapse:
    'Relapse probability: share of runs whose outcome is "relapse", among runs with an outcome class (a run whose mission never exited counts as no relapse; "exited" says how many did); 95% Wilson score interval.',
  differences:
    'Paired differences arm − reference over runs sharing design point, replicate and seed (common random numbers); mean of the differences with a 95% t interval. For relapse, the difference of the 0/1 indicators.',
  survival:
    'Time to relapse after exit (ticks): Kaplan–Meier estimate over runs that exited; a run without relapse is censored at ticksObservedAfterExit (else the post-exit window / horizonTicks). Runs that never exited are left out. Greenwood variance; 95% pointwise intervals on the log(−log S) scale.',
  median:
    'Median time to relapse: first time S(t) ≤ 0.5; 95% interval by Brookmeyer–Crowley inversion of the log-log pointwise band (first times its lower and upper edges fall to 0.5); null when not reached.',
  sobol:
    'Sobol indices of each output averaged over replicates per design point: first order by Saltelli et al. (2010), total by Jansen (1999), variance from A and B together; 95% percentile bootstrap over the N base rows (seedrandom xor4096).',
  discovery:
    'PRIM (Friedman & Fisher 1999) over the runs: peel alpha of the box per step on the side that most raises the density, until the box would hold under minMass of the runs; the box chosen has the largest mass × (density − overall density), then is pasted while that raises its density. Coverage: share of all target runs in the box; density: share of the box that are target runs.',
  frontier:
    'Relapse probability per combination of two factors (a factor with more than 12 values, or of a sampled design, in 8 equal-width bins), with Wilson intervals, per arm.',
}

//! Training the learned model: a deterministic L2-regularised logistic regression.
//!
//! [`fit`] builds the vocabulary (terms in at least `min_df` training sentences), then
//! minimises `½‖w‖² + C Σ cᵢ log(1 + exp(−yᵢ zᵢ))` over the term and rule weights (the bias
//! is not regularised) with L-BFGS, classes weighted to count equally (`cᵢ = n / (2 nᵧ)`).
//! Every sum runs in sample order and nothing is random, so the same samples give the same
//! bits. [`calibrate`] then fits the Platt slope and intercept on development samples and
//! picks the threshold (on a 0.01 grid) with the best F1 of the check-worthy class there.
//! Weights are rounded to six decimals, the precision of the model file, before
//! calibration, so the scores measured are the scores of the file.

use super::features::{Feature, FeatureValues, N_FEATURES};
use super::model::Model;
use super::terms::Words;
use std::collections::BTreeMap;

/// One labelled sentence.
#[derive(Clone, Debug)]
pub struct Sample {
    /// The sentence.
    pub text: String,
    /// Its rule feature values.
    pub values: FeatureValues,
    /// Check-worthy.
    pub label: bool,
    /// The data set it comes from (`ct24`, `clef2019`, …).
    pub source: String,
}

/// Training options.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Options {
    /// A term enters the vocabulary when it is in at least this many training sentences.
    pub min_df: usize,
    /// Inverse regularisation strength.
    pub c: f64,
    /// Most L-BFGS iterations.
    pub iterations: usize,
    /// Rule features that keep a set weight, outside the fit: what makes a *news* claim
    /// checkable (a quantity, a resolved date, a named actor, a past event, a source), which
    /// debates either never show (attributions, direct quotes) or show in campaign talk
    /// ("Tuesday night", "four more years"). The values are the hand-set priors the rule
    /// scorer started from, set before any fitting.
    pub fixed_rules: &'static [(Feature, f64)],
    /// Source weights (a source not named weighs 1).
    pub sources: &'static [(&'static str, f64)],
}

impl Default for Options {
    fn default() -> Options {
        Options {
            min_df: 5,
            c: 2.0,
            iterations: 300,
            fixed_rules: &[
                (Feature::Quantity, 1.5),
                (Feature::Time, 0.8),
                (Feature::Attributed, 0.5),
                (Feature::NamedEntity, 1.0),
                (Feature::EventVerb, 1.0),
                (Feature::DirectQuote, -0.3),
            ],
            sources: &[("clef2019", 0.5), ("clef2020", 0.5)],
        }
    }
}

/// A sample as the optimiser sees it.
struct Row {
    terms: Vec<u32>,
    scale: f64,
    rules: [f64; N_FEATURES],
    y: f64,
    cost: f64,
}

/// Rounds to the six decimals the model file keeps.
fn round6(w: f64) -> f64 {
    (w * 1e6).round() / 1e6
}

/// The terms of `samples` in at least `min_df` of them, sorted.
pub fn vocabulary(samples: &[Sample], min_df: usize) -> Vec<String> {
    let mut df: BTreeMap<String, usize> = BTreeMap::new();
    let mut words = Words::default();
    let mut seen: Vec<String> = Vec::new();
    for s in samples {
        words.read(&s.text);
        seen.clear();
        words.for_each_term(|t| seen.push(t.to_string()));
        seen.sort_unstable();
        seen.dedup();
        for t in seen.drain(..) {
            *df.entry(t).or_insert(0) += 1;
        }
    }
    df.into_iter()
        .filter(|(_, n)| *n >= min_df)
        .map(|(t, _)| t)
        .collect()
}

/// Fits a model on `samples` (uncalibrated: Platt 1, 0 and threshold 0.5).
pub fn fit(samples: &[Sample], options: &Options) -> Model {
    let vocabulary = vocabulary(samples, options.min_df);
    let shell = Model::new(
        0.0,
        [0.0; N_FEATURES],
        vocabulary.iter().map(|t| (t.clone(), 0.0)).collect(),
    );
    // samples per (source, class)
    let mut counts: BTreeMap<(&str, bool), f64> = BTreeMap::new();
    for s in samples {
        *counts.entry((s.source.as_str(), s.label)).or_insert(0.0) += 1.0;
    }
    let n_sources = counts
        .keys()
        .map(|(s, _)| *s)
        .collect::<std::collections::BTreeSet<_>>()
        .len();
    let n = samples.len() as f64;
    let cost = |s: &Sample| {
        let weight = options
            .sources
            .iter()
            .find(|(name, _)| *name == s.source)
            .map_or(1.0, |(_, w)| *w);
        let same = counts
            .get(&(s.source.as_str(), s.label))
            .copied()
            .unwrap_or(1.0);
        options.c * weight * n / (2.0 * n_sources.max(1) as f64 * same)
    };
    let mut words = Words::default();
    let rows: Vec<Row> = samples
        .iter()
        .map(|s| {
            words.read(&s.text);
            let terms = shell.known_terms(&words);
            let scale = if terms.is_empty() {
                0.0
            } else {
                1.0 / (terms.len() as f64).sqrt()
            };
            let mut rules = s.values.0;
            for (f, _) in options.fixed_rules {
                rules[*f as usize] = 0.0;
            }
            Row {
                terms,
                scale,
                rules,
                y: if s.label { 1.0 } else { -1.0 },
                cost: cost(s),
            }
        })
        .collect();
    let n_terms = vocabulary.len();
    // Parameters: terms, then rules, then the bias.
    let dim = n_terms + N_FEATURES + 1;
    let objective = |w: &[f64], grad: &mut [f64]| -> f64 {
        let mut loss = 0.0;
        for (g, wi) in grad.iter_mut().zip(w).take(dim - 1) {
            *g = *wi;
            loss += 0.5 * wi * wi;
        }
        grad[dim - 1] = 0.0;
        for r in &rows {
            let mut z = w[dim - 1];
            for &t in &r.terms {
                z += w[t as usize] * r.scale;
            }
            for (k, v) in r.rules.iter().enumerate() {
                z += w[n_terms + k] * v;
            }
            let m = r.y * z;
            // log(1 + exp(-m)) and its derivative, stable for either sign
            let (l, sig) = if m > 0.0 {
                let e = (-m).exp();
                (e.ln_1p(), e / (1.0 + e))
            } else {
                let e = m.exp();
                (-m + e.ln_1p(), 1.0 / (1.0 + e))
            };
            loss += r.cost * l;
            let d = -r.cost * r.y * sig;
            for &t in &r.terms {
                grad[t as usize] += d * r.scale;
            }
            for (k, v) in r.rules.iter().enumerate() {
                grad[n_terms + k] += d * v;
            }
            grad[dim - 1] += d;
        }
        loss
    };
    let w = lbfgs(dim, options.iterations, objective);
    let mut rules = [0.0; N_FEATURES];
    for (k, r) in rules.iter_mut().enumerate() {
        *r = round6(w[n_terms + k]);
    }
    for (f, weight) in options.fixed_rules {
        rules[*f as usize] = *weight;
    }
    let terms = vocabulary
        .into_iter()
        .zip(&w)
        .map(|(t, wi)| (t, round6(*wi)))
        .collect();
    Model::new(round6(w[dim - 1]), rules, terms)
}

/// Minimises `f` (which writes its gradient) from zero with L-BFGS (memory 10) and a
/// backtracking line search; stops after `iterations` or when the gradient vanishes.
fn lbfgs(dim: usize, iterations: usize, mut f: impl FnMut(&[f64], &mut [f64]) -> f64) -> Vec<f64> {
    const MEMORY: usize = 10;
    let dot = |a: &[f64], b: &[f64]| a.iter().zip(b).map(|(x, y)| x * y).sum::<f64>();
    let mut x = vec![0.0; dim];
    let mut g = vec![0.0; dim];
    let mut fx = f(&x, &mut g);
    let mut history: Vec<(Vec<f64>, Vec<f64>, f64)> = Vec::new();
    let mut x_new = vec![0.0; dim];
    let mut g_new = vec![0.0; dim];
    for _ in 0..iterations {
        let g_norm = dot(&g, &g).sqrt();
        if g_norm < 1e-6 * (1.0 + fx.abs()) {
            break;
        }
        // two-loop recursion: d = -H g
        let mut q = g.clone();
        let mut alphas = Vec::with_capacity(history.len());
        for (s, y, rho) in history.iter().rev() {
            let a = rho * dot(s, &q);
            q.iter_mut().zip(y).for_each(|(qi, yi)| *qi -= a * yi);
            alphas.push(a);
        }
        let gamma = history
            .last()
            .map_or(1.0 / g_norm.max(1.0), |(s, y, _)| dot(s, y) / dot(y, y));
        q.iter_mut().for_each(|qi| *qi *= gamma);
        for ((s, y, rho), a) in history.iter().zip(alphas.iter().rev()) {
            let b = rho * dot(y, &q);
            q.iter_mut().zip(s).for_each(|(qi, si)| *qi += (a - b) * si);
        }
        let mut d: Vec<f64> = q.into_iter().map(|v| -v).collect();
        let mut slope = dot(&g, &d);
        if slope >= 0.0 {
            // not a descent direction: restart from the gradient
            history.clear();
            d = g.iter().map(|v| -v / g_norm.max(1.0)).collect();
            slope = dot(&g, &d);
        }
        let mut step = 1.0;
        let mut accepted = false;
        for _ in 0..40 {
            for i in 0..dim {
                x_new[i] = x[i] + step * d[i];
            }
            let f_new = f(&x_new, &mut g_new);
            if f_new <= fx + 1e-4 * step * slope {
                let s: Vec<f64> = x_new.iter().zip(&x).map(|(a, b)| a - b).collect();
                let y: Vec<f64> = g_new.iter().zip(&g).map(|(a, b)| a - b).collect();
                let sy = dot(&s, &y);
                if sy > 1e-12 {
                    if history.len() == MEMORY {
                        history.remove(0);
                    }
                    history.push((s, y, 1.0 / sy));
                }
                std::mem::swap(&mut x, &mut x_new);
                std::mem::swap(&mut g, &mut g_new);
                fx = f_new;
                accepted = true;
                break;
            }
            step *= 0.5;
        }
        if !accepted {
            break;
        }
    }
    x
}

/// Fits the Platt slope and intercept of `model` on `dev` (Newton's method on the log loss
/// with the targets of Platt 1999), then the threshold with the best F1 there.
pub fn calibrate(model: &mut Model, dev: &[Sample]) {
    let mut words = Words::default();
    let margins: Vec<(f64, bool)> = dev
        .iter()
        .map(|s| {
            words.read(&s.text);
            let terms = model.known_terms(&words);
            (model.margin(&terms, &s.values), s.label)
        })
        .collect();
    let positives = margins.iter().filter(|(_, l)| *l).count() as f64;
    let negatives = margins.len() as f64 - positives;
    let (t_pos, t_neg) = (
        (positives + 1.0) / (positives + 2.0),
        1.0 / (negatives + 2.0),
    );
    let (mut a, mut b) = (1.0, 0.0);
    for _ in 0..100 {
        let (mut ga, mut gb, mut haa, mut hab, mut hbb) = (0.0, 0.0, 1e-9, 0.0, 1e-9);
        for &(z, label) in &margins {
            let p = 1.0 / (1.0 + (-(a * z + b)).exp());
            let t = if label { t_pos } else { t_neg };
            let w = p * (1.0 - p);
            ga += (p - t) * z;
            gb += p - t;
            haa += w * z * z;
            hab += w * z;
            hbb += w;
        }
        let det = haa * hbb - hab * hab;
        if det.abs() < 1e-18 {
            break;
        }
        let (da, db) = ((hbb * ga - hab * gb) / det, (haa * gb - hab * ga) / det);
        a -= da;
        b -= db;
        if da.abs() + db.abs() < 1e-12 {
            break;
        }
    }
    model.platt = (round6(a), round6(b));
    let scores: Vec<(f64, bool)> = margins
        .iter()
        .map(|&(z, l)| (model.probability(z), l))
        .collect();
    let mut best = (f64::MIN, 0.5);
    for k in 1..100 {
        let t = f64::from(k) / 100.0;
        let f1 = f1_at(&scores, t);
        if f1 > best.0 {
            best = (f1, t);
        }
    }
    model.threshold = best.1;
}

/// F1 of the positive class when scores at or above `threshold` say yes.
pub fn f1_at(scores: &[(f64, bool)], threshold: f64) -> f64 {
    let (mut tp, mut fp, mut fn_) = (0.0, 0.0, 0.0);
    for &(s, label) in scores {
        match (s >= threshold, label) {
            (true, true) => tp += 1.0,
            (true, false) => fp += 1.0,
            (false, true) => fn_ += 1.0,
            _ => {}
        }
    }
    2.0 * tp / f64::max(2.0 * tp + fp + fn_, 1.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample(text: &str, label: bool) -> Sample {
        Sample {
            text: text.into(),
            values: FeatureValues::default(),
            label,
            source: "toy".into(),
        }
    }

    fn toy() -> Vec<Sample> {
        let mut v = Vec::new();
        for i in 0..30 {
            v.push(sample(
                &format!("unemployment rose {i} percent last year"),
                true,
            ));
            v.push(sample(&format!("thank you all so much number {i}"), false));
            v.push(sample(&format!("i think we should do better {i}"), false));
        }
        v
    }

    #[test]
    fn vocabulary_keeps_frequent_terms_sorted() {
        let v = vocabulary(&toy(), 5);
        assert!(v.contains(&"unemployment rose".to_string()));
        assert!(!v.iter().any(|t| t.contains("17")));
        assert!(v.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn fit_separates_and_is_deterministic() {
        let samples = toy();
        let options = Options::default();
        let mut m = fit(&samples, &options);
        let w = |t: &str| {
            m.term(m.term_index(t).expect("known term"))
                .map_or(0.0, |x| x.1)
        };
        assert!(w("unemployment") > 0.0 && w("thank") < 0.0);
        calibrate(&mut m, &samples);
        assert!(m.platt.0 > 0.0);
        let mut words = Words::default();
        words.read("unemployment rose sharply");
        let fact = m.score(&words, &FeatureValues::default()).probability;
        words.read("thank you");
        let thanks = m.score(&words, &FeatureValues::default()).probability;
        assert!(fact > 0.5 && thanks < 0.5, "{fact} {thanks}");
        let mut again = fit(&samples, &options);
        calibrate(&mut again, &samples);
        assert_eq!(m.to_text(), again.to_text());
        assert_eq!(m.rules[Feature::Attributed as usize], 0.5);
    }

    #[test]
    fn lbfgs_finds_a_quadratic_minimum() {
        let x = lbfgs(3, 100, |x, g| {
            let t = [1.0, -2.0, 3.0];
            let mut f = 0.0;
            for i in 0..3 {
                g[i] = 2.0 * (i + 1) as f64 * (x[i] - t[i]);
                f += (i + 1) as f64 * (x[i] - t[i]).powi(2);
            }
            f
        });
        for (a, b) in x.iter().zip([1.0, -2.0, 3.0]) {
            assert!((a - b).abs() < 1e-5, "{x:?}");
        }
    }
}

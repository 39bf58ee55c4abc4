//! Training the learned model: a deterministic L2-regularised logistic regression over
//! TF-IDF terms.
//!
//! [`fit`] builds the vocabulary (word and character terms in at least `min_df` training
//! sentences, with their smoothed idf `ln((1 + n) / (1 + df)) + 1`), then minimises
//! `½‖w‖² + C Σ cᵢ log(1 + exp(−yᵢ zᵢ))` over the term weights (the bias is not regularised)
//! with L-BFGS, classes weighted to count equally (`cᵢ = n / (2 nᵧ)`): scikit-learn's
//! `LogisticRegression(class_weight="balanced")` on `TfidfVectorizer(sublinear_tf=True)`
//! features. Every sum runs in sample order and nothing is random, so the same samples give
//! the same bits. [`calibrate_debates`] fits the debate Platt slope and intercept and the
//! threshold with the best F1 on development debate sentences; [`calibrate_news`] fits the
//! news slope and intercept and the threshold with the best accuracy on development news
//! sentences. Weights are rounded to six decimals, the precision of the model file, before
//! calibration, so the scores measured are the scores of the file.

use super::features::{Feature, FeatureValues, N_FEATURES};
use super::model::{Model, Scratch, Term};
use super::terms::{Kind, Terms};
use std::collections::HashMap;

/// One labelled sentence.
#[derive(Clone, Debug)]
pub struct Sample {
    /// The sentence.
    pub text: String,
    /// Its rule feature values (read by the news calibration).
    pub values: FeatureValues,
    /// Check-worthy.
    pub label: bool,
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
    /// The prior rule weights of the news margin, set by hand: what makes a *news* claim
    /// checkable (a quantity, a resolved date, a named actor, a past event, a source) and
    /// what makes it not (a modal, an opinion, a prediction, a question). Debates either
    /// never show these (attributions) or show them in campaign talk ("Tuesday night"), so
    /// they are not learned from debates; [`calibrate_news`] moves them only as far as the
    /// news dev set asks. The values are those of the rule weight table the project used
    /// before the learned text model, to two decimals; the text margin's prior weight is 1.
    pub news_rules: &'static [(Feature, f64)],
    /// How strongly [`calibrate_news`] holds the news weights to their priors (chosen by
    /// cross-validation on the news dev set, `bench/checkworthiness/news_dev_cv.py`).
    pub news_prior_strength: f64,
    /// News weights that stay at their priors: attribution must never count *against* a
    /// news claim (an attributed statement of fact is as checkable as an asserted one),
    /// while the news dev set, which labels attributed opinions 0, would teach it to; the
    /// opinion, modal and prediction features carry that signal instead.
    pub news_fixed: &'static [Feature],
}

impl Default for Options {
    fn default() -> Options {
        Options {
            min_df: 5,
            c: 1.0,
            iterations: 300,
            news_prior_strength: 1.0,
            news_fixed: &[Feature::Attributed, Feature::ReportingCue],
            news_rules: &[
                (Feature::Quantity, 1.5),
                (Feature::Time, 0.8),
                (Feature::Attributed, 0.5),
                (Feature::ReportingCue, 0.63),
                (Feature::NamedEntity, 1.0),
                (Feature::EventVerb, 1.0),
                (Feature::Statistic, 0.81),
                (Feature::PublicRecord, 0.94),
                (Feature::Length, 1.5),
                (Feature::ModalVerb, -0.49),
                (Feature::Hedge, -0.61),
                (Feature::Opinion, -0.63),
                (Feature::Prediction, -0.62),
                (Feature::Question, -1.25),
                (Feature::Personal, 0.02),
                (Feature::ChitChat, -0.39),
                (Feature::DirectQuote, -0.3),
                (Feature::NothingVerifiable, -0.44),
                (Feature::Short, -0.28),
            ],
        }
    }
}

/// Rounds to the six decimals the model file keeps.
fn round6(w: f64) -> f64 {
    (w * 1e6).round() / 1e6
}

/// The terms of `samples` in at least `min_df` of them with their idf, sorted by kind and
/// text.
pub fn vocabulary(samples: &[Sample], min_df: usize) -> Vec<Term> {
    let mut df: HashMap<(Kind, String), usize> = HashMap::new();
    let mut terms = Terms::default();
    let mut seen: Vec<(Kind, String)> = Vec::new();
    for s in samples {
        terms.read(&s.text);
        seen.clear();
        terms.for_each_word(|t| seen.push((Kind::Word, t.to_string())));
        terms.for_each_char(|t, _| seen.push((Kind::Char, t.to_string())));
        seen.sort_unstable();
        seen.dedup();
        for t in seen.drain(..) {
            *df.entry(t).or_insert(0) += 1;
        }
    }
    let n = samples.len() as f64;
    let mut vocabulary: Vec<Term> = df
        .into_iter()
        .filter(|(_, d)| *d >= min_df)
        .map(|((kind, text), d)| Term {
            kind,
            text: text.into_boxed_str(),
            idf: round6(((1.0 + n) / (1.0 + d as f64)).ln() + 1.0),
            weight: 0.0,
        })
        .collect();
    vocabulary.sort_by(|a, b| (a.kind, &a.text).cmp(&(b.kind, &b.text)));
    vocabulary
}

/// A sample as the optimiser sees it: its term values, label and cost.
struct Row {
    x: Vec<(u32, f64)>,
    y: f64,
    cost: f64,
}

/// Fits a model on `samples` (uncalibrated: slopes 1, intercepts 0, thresholds 0.5); the
/// news rule weights are `options.news_rules`.
pub fn fit(samples: &[Sample], options: &Options) -> Model {
    let shell = Model::new(0.0, [0.0; N_FEATURES], vocabulary(samples, options.min_df));
    let positives = samples.iter().filter(|s| s.label).count() as f64;
    let n = samples.len() as f64;
    let mut scratch = Scratch::default();
    let rows: Vec<Row> = samples
        .iter()
        .map(|s| {
            let mut x = Vec::new();
            shell.weighted_terms(&s.text, &mut scratch, |i, v| x.push((i, v)));
            let same = if s.label { positives } else { n - positives };
            Row {
                x,
                y: if s.label { 1.0 } else { -1.0 },
                cost: options.c * n / (2.0 * same.max(1.0)),
            }
        })
        .collect();
    let n_terms = shell.terms().len();
    // Parameters: terms, then the bias.
    let dim = n_terms + 1;
    let objective = |w: &[f64], grad: &mut [f64]| -> f64 {
        let mut loss = 0.0;
        for (g, wi) in grad.iter_mut().zip(w).take(n_terms) {
            *g = *wi;
            loss += 0.5 * wi * wi;
        }
        grad[n_terms] = 0.0;
        for r in &rows {
            let mut z = w[n_terms];
            for &(t, v) in &r.x {
                z += w[t as usize] * v;
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
            for &(t, v) in &r.x {
                grad[t as usize] += d * v;
            }
            grad[n_terms] += d;
        }
        loss
    };
    let w = lbfgs(dim, options.iterations, objective);
    let mut rules = [0.0; N_FEATURES];
    for (f, weight) in options.news_rules {
        rules[*f as usize] = *weight;
    }
    let terms = shell
        .terms()
        .iter()
        .zip(&w)
        .map(|(t, wi)| Term {
            weight: round6(*wi),
            ..t.clone()
        })
        .collect();
    Model::new(round6(w[n_terms]), rules, terms)
}

/// Minimises `f` (which writes its gradient) from zero with L-BFGS (memory 10) and a
/// backtracking line search; stops after `iterations` or when the gradient vanishes.
fn lbfgs(dim: usize, iterations: usize, f: impl FnMut(&[f64], &mut [f64]) -> f64) -> Vec<f64> {
    lbfgs_from(&vec![0.0; dim], iterations, f)
}

/// [`lbfgs`] from `start`.
fn lbfgs_from(
    start: &[f64],
    iterations: usize,
    mut f: impl FnMut(&[f64], &mut [f64]) -> f64,
) -> Vec<f64> {
    const MEMORY: usize = 10;
    let dot = |a: &[f64], b: &[f64]| a.iter().zip(b).map(|(x, y)| x * y).sum::<f64>();
    let dim = start.len();
    let mut x = start.to_vec();
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

/// Platt's slope and intercept for `margins` (Newton's method with step halving on the log
/// loss with the targets of Platt 1999, from slope 0 and the prior's intercept).
fn platt(margins: &[(f64, bool)]) -> (f64, f64) {
    let positives = margins.iter().filter(|(_, l)| *l).count() as f64;
    let negatives = margins.len() as f64 - positives;
    let (t_pos, t_neg) = (
        (positives + 1.0) / (positives + 2.0),
        1.0 / (negatives + 2.0),
    );
    let loss = |a: f64, b: f64| -> f64 {
        margins
            .iter()
            .map(|&(z, label)| {
                let t = if label { t_pos } else { t_neg };
                let f = a * z + b;
                // t·ln(1 + e^-f) + (1 - t)·ln(1 + e^f), stable for either sign
                let softplus = |x: f64| x.max(0.0) + (-x.abs()).exp().ln_1p();
                t * softplus(-f) + (1.0 - t) * softplus(f)
            })
            .sum()
    };
    let (mut a, mut b) = (0.0, ((positives + 1.0) / (negatives + 1.0)).ln());
    let mut current = loss(a, b);
    for _ in 0..100 {
        let (mut ga, mut gb, mut haa, mut hab, mut hbb) = (0.0, 0.0, 1e-9, 0.0, 1e-9);
        for &(z, label) in margins {
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
        let mut step = 1.0;
        let mut moved = false;
        while step > 1e-10 {
            let next = loss(a - step * da, b - step * db);
            if next <= current {
                a -= step * da;
                b -= step * db;
                current = next;
                moved = true;
                break;
            }
            step /= 2.0;
        }
        if !moved || (da.abs() + db.abs()) * step < 1e-12 {
            break;
        }
    }
    (round6(a), round6(b))
}

/// The threshold on a 0.01 grid with the best `measure` (the lowest on ties).
fn best_threshold(scores: &[(f64, bool)], measure: impl Fn(&[(f64, bool)], f64) -> f64) -> f64 {
    let mut best = (f64::MIN, 0.5);
    for k in 1..100 {
        let t = f64::from(k) / 100.0;
        let m = measure(scores, t);
        if m > best.0 {
            best = (m, t);
        }
    }
    best.1
}

/// Fits the debate calibration of `model` on `dev` debate sentences, and the threshold with
/// the best F1 of the check-worthy class there.
pub fn calibrate_debates(model: &mut Model, dev: &[Sample]) {
    let mut scratch = Scratch::default();
    let margins: Vec<(f64, bool)> = dev
        .iter()
        .map(|s| (model.text_margin(&s.text, &mut scratch), s.label))
        .collect();
    (model.platt, model.threshold) = debate_calibration(&margins);
}

/// Platt's slope and intercept for labelled text `margins`, and the threshold on the
/// calibrated probability with the best F1 of the check-worthy class there.
pub fn debate_calibration(margins: &[(f64, bool)]) -> ((f64, f64), f64) {
    let (a, b) = platt(margins);
    let scores: Vec<(f64, bool)> = margins
        .iter()
        .map(|&(z, l)| (1.0 / (1.0 + (-(a * z + b)).exp()), l))
        .collect();
    ((a, b), best_threshold(&scores, f1_at))
}

/// The fold of sample `i` in a `folds`-fold cross-validation: its position modulo `folds`.
pub fn fold_of(i: usize, folds: usize) -> usize {
    i % folds
}

/// The text margin of every sample from a model fitted on the other folds ([`fold_of`]),
/// in sample order: out-of-fold margins, for choosing a calibration without a dev set.
pub fn out_of_fold_margins(samples: &[Sample], folds: usize, options: &Options) -> Vec<f64> {
    let mut margins = vec![0.0; samples.len()];
    let mut scratch = Scratch::default();
    for k in 0..folds {
        let rest: Vec<Sample> = samples
            .iter()
            .enumerate()
            .filter(|(i, _)| fold_of(*i, folds) != k)
            .map(|(_, s)| s.clone())
            .collect();
        let model = fit(&rest, options);
        for (i, s) in samples.iter().enumerate() {
            if fold_of(i, folds) == k {
                margins[i] = model.text_margin(&s.text, &mut scratch);
            }
        }
    }
    margins
}

/// Fits the news weights of `model` on `dev` news sentences: a logistic regression over
/// the text margin and the rule features, `½ λ ‖w − prior‖² + Σ log(1 + exp(−yᵢ mᵢ))`, with
/// the weights pulled towards `options.news_rules` (and 1 for the text margin) rather than
/// towards zero, the intercept free, `options.news_fixed` held at their priors. The news
/// threshold is 0.5, the regression's own.
pub fn calibrate_news(model: &mut Model, dev: &[Sample], options: &Options) {
    let mut scratch = Scratch::default();
    // Parameters: text weight, rule weights, intercept.
    let rows: Vec<(f64, FeatureValues, f64)> = dev
        .iter()
        .map(|s| {
            let z = model.text_margin(&s.text, &mut scratch);
            (z, s.values, if s.label { 1.0 } else { -1.0 })
        })
        .collect();
    let mut prior = [0.0; N_FEATURES + 1];
    prior[0] = 1.0;
    for (f, w) in options.news_rules {
        prior[1 + *f as usize] = *w;
    }
    let lambda = options.news_prior_strength;
    let dim = N_FEATURES + 2;
    let objective = |p: &[f64], grad: &mut [f64]| -> f64 {
        let mut loss = 0.0;
        for k in 0..=N_FEATURES {
            let d = p[k] - prior[k];
            loss += 0.5 * lambda * d * d;
            grad[k] = lambda * d;
        }
        grad[dim - 1] = 0.0;
        for (z, values, y) in &rows {
            let mut m = p[0] * z + p[dim - 1];
            for (k, v) in values.0.iter().enumerate() {
                m += p[1 + k] * v;
            }
            let t = y * m;
            let (l, sig) = if t > 0.0 {
                let e = (-t).exp();
                (e.ln_1p(), e / (1.0 + e))
            } else {
                let e = t.exp();
                (-t + e.ln_1p(), 1.0 / (1.0 + e))
            };
            loss += l;
            let d = -y * sig;
            grad[0] += d * z;
            for (k, v) in values.0.iter().enumerate() {
                grad[1 + k] += d * v;
            }
            grad[dim - 1] += d;
        }
        for f in options.news_fixed {
            grad[1 + *f as usize] = 0.0;
        }
        loss
    };
    let p = lbfgs_from(&prior_start(&prior), 500, objective);
    model.news = (round6(p[0]), round6(p[dim - 1]));
    for (k, r) in model.rules.iter_mut().enumerate() {
        *r = round6(p[1 + k]);
    }
    model.news_threshold = 0.5;
}

/// The starting point of the news fit: the priors, intercept 0.
fn prior_start(prior: &[f64; N_FEATURES + 1]) -> Vec<f64> {
    let mut start = prior.to_vec();
    start.push(0.0);
    start
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

/// Share of scores on the right side of `threshold`.
pub fn accuracy_at(scores: &[(f64, bool)], threshold: f64) -> f64 {
    let right = scores
        .iter()
        .filter(|&&(s, label)| (s >= threshold) == label)
        .count();
    right as f64 / scores.len().max(1) as f64
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample(text: &str, label: bool) -> Sample {
        Sample {
            text: text.into(),
            values: FeatureValues::default(),
            label,
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
        assert!(v
            .iter()
            .any(|t| t.kind == Kind::Word && &*t.text == "unemployment rose"));
        assert!(v
            .iter()
            .any(|t| t.kind == Kind::Char && &*t.text == " rose"));
        assert!(!v.iter().any(|t| t.text.contains("17")));
        assert!(v
            .windows(2)
            .all(|w| (w[0].kind, &w[0].text) < (w[1].kind, &w[1].text)));
        // in 30 of 90 sentences: ln(91 / 31) + 1
        let rose = v.iter().find(|t| &*t.text == "rose").map(|t| t.idf);
        assert_eq!(rose, Some(round6((91f64 / 31.0).ln() + 1.0)));
    }

    #[test]
    fn fit_separates_and_is_deterministic() {
        let samples = toy();
        let options = Options::default();
        let mut m = fit(&samples, &options);
        let w = |t: &str| {
            m.term_index(Kind::Word, t)
                .and_then(|i| m.term(i))
                .map_or(0.0, |t| t.weight)
        };
        assert!(w("unemployment") > 0.0 && w("thank") < 0.0);
        calibrate_debates(&mut m, &samples);
        calibrate_news(&mut m, &samples, &options);
        assert!(m.platt.0 > 0.0);
        let mut scratch = Scratch::default();
        let fact = m.debate_probability(m.text_margin("unemployment rose sharply", &mut scratch));
        let thanks = m.debate_probability(m.text_margin("thank you", &mut scratch));
        assert!(fact > 0.5 && thanks < 0.5, "{fact} {thanks}");
        let mut again = fit(&samples, &options);
        calibrate_debates(&mut again, &samples);
        calibrate_news(&mut again, &samples, &options);
        assert_eq!(m.to_text(), again.to_text());
        // the toy sentences fire no rule feature: those weights stay at their priors
        assert_eq!(m.rules[Feature::Quantity as usize], 1.5);
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

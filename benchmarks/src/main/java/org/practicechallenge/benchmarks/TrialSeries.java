package org.practicechallenge.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One figure measured over several independent trials: its mean and the half-width of the 95 % confidence interval
 * of that mean (Student's t over the trials' own results, so drift between trials counts, not only noise within one).
 */
final class TrialSeries
{
    /** Student's t, two-sided 95 %, for 1 to 30 degrees of freedom. */
    private static final double[] T95 = {12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201,
            2.179, 2.160, 2.145, 2.131, 2.120, 2.110, 2.101, 2.093, 2.086, 2.080, 2.074, 2.069, 2.064, 2.060, 2.056, 2.052,
            2.048, 2.045, 2.042};

    private final List<Double> values = new ArrayList<>();

    void add(double value)
    {
        values.add(value);
    }

    double mean()
    {
        return values.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
    }

    /** Half-width of the 95 % confidence interval of the mean; NaN with fewer than two trials. */
    double error()
    {
        int n = values.size();
        if (n < 2)
        {
            return Double.NaN;
        }
        double mean = mean();
        double squares = values.stream().mapToDouble(v -> (v - mean) * (v - mean)).sum();
        double t = n - 1 <= T95.length ? T95[n - 2] : 1.96;
        return t * Math.sqrt(squares / (n - 1)) / Math.sqrt(n);
    }

    /** The error as a share of the mean. */
    double relativeError()
    {
        return error() / mean();
    }

    /** As {@code 34.4 ± 1.2 (3.5 %)}, with the given decimals. */
    String text(int decimals)
    {
        String figure = "%." + decimals + "f";
        return String.format(Locale.ROOT, figure + " ± " + figure + " (%.1f %%)", mean(), error(), 100 * relativeError());
    }

    /** Every trial's result, as {@code 33.1, 35.0, 34.9}. */
    String trials(int decimals)
    {
        StringBuilder text = new StringBuilder();
        for (double value : values)
        {
            text.append(text.isEmpty() ? "" : ", ").append(String.format(Locale.ROOT, "%." + decimals + "f", value));
        }
        return text.toString();
    }
}

"""The peer for `kequn kmeans` in `npm run bench`: read a one-row-per-customer CSV with pandas,
fit scikit-learn's KMeans (k-means++, Lloyd, n_init restarts) on the named columns as they are
(no scaling: the same points as `kequn kmeans --scale none`), write the labels, print the
inertia (the sum of squared distances to the nearest centre).

usage: python3 bench/sklearn_kmeans.py FILE COL,COL,... K RESTARTS
"""
import sys

import pandas as pd
from sklearn.cluster import KMeans


def main(path, columns, k, restarts):
    frame = pd.read_csv(path)
    points = frame[columns.split(",")].to_numpy(dtype="float64")
    fit = KMeans(n_clusters=int(k), n_init=int(restarts), algorithm="lloyd", random_state=0).fit(
        points
    )
    pd.Series(fit.labels_).to_csv("/dev/null")
    print(repr(float(fit.inertia_)))


if __name__ == "__main__":
    main(*sys.argv[1:])

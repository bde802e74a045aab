"""The peer for `kequn segment` in `npm run bench`: read an orders CSV with pandas and compute
each customer's RFM measures and quintile scores, as an analyst would (pandas read_csv with the
C parser, groupby, qcut). Prints the number of customers; output goes to /dev/null otherwise.

usage: python3 bench/pandas_rfm.py FILE CUSTOMER DATE [AMOUNT | QUANTITY*PRICE] [ORDER]
"""
import sys

import pandas as pd


def main(path, customer, date, amount, order=None):
    frame = pd.read_csv(path, encoding="utf-8", dtype={customer: str})
    frame = frame[frame[customer].notna()]
    frame[date] = pd.to_datetime(frame[date])
    if "*" in amount:
        quantity, price = amount.split("*")
        frame["_amount"] = frame[quantity] * frame[price]
    else:
        frame["_amount"] = frame[amount]
    if order:
        orders = frame.groupby(order).agg(
            customer=(customer, "first"), day=(date, "first"), amount=("_amount", "sum")
        )
    else:
        orders = frame.rename(columns={customer: "customer", date: "day", "_amount": "amount"})
    as_of = orders["day"].max().normalize() + pd.Timedelta(days=1)
    rfm = orders.groupby("customer").agg(
        first=("day", "min"), last=("day", "max"), orders=("day", "size"), monetary=("amount", "sum")
    )
    rfm["recency"] = (as_of - rfm["last"].dt.normalize()).dt.days
    for column, ascending in (("recency", False), ("orders", True), ("monetary", True)):
        ranked = rfm[column].rank(method="first", ascending=ascending)
        rfm[column[0] + "_score"] = pd.qcut(ranked, 5, labels=False) + 1
    rfm.to_csv("/dev/null")
    print(len(rfm))


if __name__ == "__main__":
    main(*sys.argv[1:])

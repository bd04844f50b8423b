#pragma once

#include "core/graph/graphsnapshot.h"

#include <QList>
#include <QString>

namespace sg::analysis {

// Fraud patterns over a GraphSnapshot with its events (GraphSnapshot::fromCase(.., true)).
// Each result lists its evidence, so an analyst can check it; nothing is merged or concluded.

// Pass-through mules: entities (accounts, wallets) whose money goes out soon after it came in
// and keeps most of the amount; mules that pay one another form a chain. Inflows are matched to the outflows that follow them, oldest
// first (FIFO), within `window`; "forwarded" is the money matched so. Per currency.
struct MuleOptions
{
    qint64 windowMs = 72LL * 3600 * 1000;
    double minForwarded = 0.7;  // share of the inflow forwarded within the window
    int minInflows = 1;
};
struct Mule
{
    int vertex = 0;
    QString currency;
    int exponent = 2;
    qint64 in = 0;          // minor units
    qint64 out = 0;
    qint64 forwarded = 0;   // of `in`, sent on within the window
    int inflows = 0;
    int outflows = 0;
    qint64 medianHoldMs = 0; // how long money stayed, the median over the matched amounts
    qint64 longestHoldMs = 0;
    QList<int> sources;      // who paid in, by amount
    QList<int> destinations; // who it was sent to, by amount
    QList<int> chain;        // the mules it is chained with by transfers (itself included), in
                             // the order money first reached them
    double share() const { return in > 0 ? double(forwarded) / double(in) : 0; }
};
QList<Mule> passThroughMules(const GraphSnapshot &g, const MuleOptions &options = {});

// Money trace: from one transfer, the money followed forward through the accounts it reaches,
// each account's outflows after the money arrived (within `window` of it) taken oldest first up
// to the amount that arrived. Steps in the order found; `ends` are where traced money stopped
// (kept, or left the accounts in the case).
struct TraceStep
{
    int event = 0;         // index in g.events()
    int depth = 0;         // 0: the starting transfer
    int parent = -1;       // the step whose money this one carries on
    qint64 traced = 0;     // minor units of the starting money in this transfer
};
struct Trace
{
    QString currency;
    int exponent = 2;
    QList<TraceStep> steps;
    QList<QPair<int, qint64>> ends; // vertex, amount that stopped there
};
struct TraceOptions
{
    qint64 windowMs = 7LL * 24 * 3600 * 1000;
    int maxDepth = 12;
};
Trace traceMoney(const GraphSnapshot &g, int startEvent, const TraceOptions &options = {});

// Fan-in and fan-out: the most distinct counterparts an entity had within any `window`: many
// victims paying one account (in), one caller working many numbers (out).
enum class Fan { In, Out };
struct FanResult
{
    int vertex = 0;
    int counterparts = 0;    // distinct, within the busiest window
    qint64 windowStartMs = 0;
    qint64 windowEndMs = 0;
};
QList<FanResult> fans(const GraphSnapshot &g, Fan direction, qint64 windowMs, bool moneyOnly, int atLeast = 5);

// SIM boxes and shared devices: devices (IMEIs) used with several numbers or SIMs, and numbers
// seen in several devices, with the entities on the other side.
struct Sharing
{
    int vertex = 0;
    QList<int> others; // the numbers a device was used with, or the devices a number was used in
};
QList<Sharing> sharedDevices(const GraphSnapshot &g, int atLeast = 2);
QList<Sharing> numbersInSeveralDevices(const GraphSnapshot &g, int atLeast = 2);

// Den membership hints: numbers that share devices, cell sites and contacts with a known den
// member, ranked by a score (device 3, contact 2, cell site 1 each), with what they share.
// Hints only: never merged or concluded.
struct Hint
{
    int vertex = 0;
    double score = 0;
    QList<int> devices;
    QList<int> contacts;
    QList<int> places;
};
QList<Hint> denHints(const GraphSnapshot &g, int member, int limit = 50);

} // namespace sg::analysis

/**
 * Casework: the case aggregate from the first report to closure — its people, one lifecycle for all
 * kinds with closure by approval, deadlines, the timeline, and who may see and change what (the
 * read model other contexts add their parts to).
 */
package org.shouhu.casework;

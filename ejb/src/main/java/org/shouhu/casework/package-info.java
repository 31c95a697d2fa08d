/**
 * Casework: the case aggregate from the first report to closure — its people, one lifecycle for all
 * five kinds with closure by approval, the timeline, and who may see and change what.
 */
package org.shouhu.casework;

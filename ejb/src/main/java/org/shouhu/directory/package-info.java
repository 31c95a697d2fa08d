/**
 * The directory: the jurisdiction tree (district 区 → street 街道 → community 社区) that every case,
 * staff member and partner belongs to, and — later — the staff and partner organisations in it.
 */
package org.shouhu.directory;

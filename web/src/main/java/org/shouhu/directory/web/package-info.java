/** Pages of the directory: the jurisdiction tree, and its administration. */
package org.shouhu.directory.web;

/** Pages of case work: the case page (the link in every mail about a case). */
package org.shouhu.casework.web;

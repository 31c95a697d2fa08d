/** Pages of case work: the worklist and the case page (the link in every mail about a case). */
package org.shouhu.casework.web;

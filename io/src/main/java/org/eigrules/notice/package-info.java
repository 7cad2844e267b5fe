/**
 * What French administrative law asks of a decision made with an algorithmic processing: the
 * explicit mention a decision carries ({@link org.eigrules.notice.Mention}, ALG-1) and, on request,
 * the notice structured by the four items of article R311-3-1-2 of the code des relations entre le
 * public et l'administration ({@link org.eigrules.notice.Notice}, ALG-2), in Markdown or HTML
 * ({@link org.eigrules.notice.NoticeText}).
 */
package org.eigrules.notice;

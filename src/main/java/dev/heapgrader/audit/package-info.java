/**
 * The audit log of instructor and administrator actions: course creation and settings changes, members added,
 * extensions, tokens created and revoked, regrades. Each is recorded in the transaction of the action itself, so
 * an action is never stored without its entry; instructors read their course's log over the API.
 */
package dev.heapgrader.audit;

/**
 * Démarches Simplifiées, the French administrations' forms platform: a démarche's dossiers read
 * through its GraphQL API ({@link org.eigrules.ds.DsClient}), turned into the contract's files by a
 * {@link org.eigrules.ds.Mapping}, and decisions written back as private annotations
 * ({@link org.eigrules.ds.Annotations}).
 */
package org.eigrules.ds;

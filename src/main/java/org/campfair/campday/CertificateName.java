package org.campfair.campday;

/** The name a certificate of participation shows: the nickname unless the participant chose otherwise. */
public enum CertificateName {
    NICKNAME, LEGAL_NAME
}

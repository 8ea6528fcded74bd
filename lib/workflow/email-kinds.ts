/**
 * The e-mails the portal sends, by kind: one template each (messages `email.<kind>`). Defined here,
 * beside the transitions that name the e-mail they send, so the workflow does not reach into the
 * e-mail layer (lib/email imports this, never the reverse).
 */
export type EmailKind = "signIn" | "receipt" | "resubmitted" | "withdrawn" | "accepted" | "rejected" | "changesRequested" | "cosponsorInvitation" | "cosponsorResponse" | "affiliationVerified" | "affiliationRejected" | "addedToOrganisation" | "extensionGranted" | "extensionRefused" | "announcement" | "underReview" | "markedDuplicate" | "partRequested" | "partPublished" | "partRejected" | "organisationInvitation" | "unpublished" | "republished" | "duplicateUnmarked" | "campaignConfirmed";

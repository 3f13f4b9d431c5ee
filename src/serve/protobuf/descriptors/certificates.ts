/**
 * Message table: certificates.k8s.io/v1 CertificateSigningRequest.
 * Field numbers: k8s.io/api v0.33.0 certificates/v1/generated.proto. JSON names, omitempty and
 * pointer-ness: the Go struct tags in types.go of the same package. Notation: ../schema.ts.
 */
import type { MessageTable } from '../schema.js';

export const certificates: MessageTable = {
  CertificateSigningRequest: [
    '1:metadata:ObjectMeta 2:spec:CertificateSigningRequestSpec!',
    '3:status:CertificateSigningRequestStatus',
  ],
  CertificateSigningRequestCondition: [
    '1:type:string! 6:status:string! 2:reason:string 3:message:string',
    '4:lastUpdateTime:Time 5:lastTransitionTime:Time',
  ],
  CertificateSigningRequestSpec: [
    '1:request:bytes! 7:signerName:string! 8:expirationSeconds:int32? 5:usages:[string]',
    '2:username:string 3:uid:string 4:groups:[string] 6:extra:{Strings}',
  ],
  CertificateSigningRequestStatus: [
    '1:conditions:[CertificateSigningRequestCondition] 2:certificate:bytes',
  ],
};

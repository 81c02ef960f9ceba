export {
  DNS1123_LABEL_MAX,
  DNS1123_SUBDOMAIN_MAX,
  dns1123LabelProblem,
  dns1123SubdomainProblem,
  isDns1123Label,
  isDns1123Subdomain,
} from "./dns-1123";
export { S3_BUCKET_NAME_MAX, S3_BUCKET_NAME_MIN, regionalBucketName, s3BucketNameProblem } from "./s3-bucket-name";

export { QuantityError, formatCpu, formatMemoryGiB, isCpuQuantity, isMemoryQuantity, parseCpu, parseMemoryGiB } from "./quantity";

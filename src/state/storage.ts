// How much the device lets the app keep, for the Settings screen: screens reach the storage
// API through state/, like every other piece of data (ui -> state -> data).
export { requestPersistence, type StorageStatus, storageStatus } from '../data/storage';

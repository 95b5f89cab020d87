# A pack module outside dria altogether.
package system.authz

allow := true
